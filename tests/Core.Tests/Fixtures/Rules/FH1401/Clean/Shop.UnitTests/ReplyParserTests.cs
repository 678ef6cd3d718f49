using Xunit;

namespace Shop.UnitTests;

public class ReplyParserTests
{
    [Fact]
    public void Integer_IsParsed() => Assert.Equal(42, Execute(":42\r\n"));

    [Fact]
    public void Error_IsParsed() => Assert.Equal("ERR", ExecuteError("-ERR\r\n"));

    // Named like an action, but it only parses: no side effect, nothing touched.
    private static int Execute(string reply) => int.Parse(reply.Trim().TrimStart(':'));

    private static string ExecuteError(string reply) => reply.Trim().TrimStart('-');
}
