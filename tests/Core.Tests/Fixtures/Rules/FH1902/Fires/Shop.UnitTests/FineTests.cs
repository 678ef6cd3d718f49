using Xunit;

namespace Shop.UnitTests;

public class FineTests
{
    [Fact]
    public void Parses() => Assert.Equal(2, Sum(1, 1));
}
