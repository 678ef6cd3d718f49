using Xunit;

namespace Shop.UnitTests;

public class ReplyTests : ReplyTestBase
{
    // The helper it calls is its base class's, which asserts.
    [Fact]
    public void Integer_IsParsed() => ParseReply(":42\r\n");
}
