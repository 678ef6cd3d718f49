using Xunit;

namespace Shop.UnitTests;

public class BrokenTests
{
    [Fact]
    public void Parses_UpToTheError()
    {
        Assert.Equal(2, 1 + 1 + Value());
    }

    [Fact]
    public void Broken()
    {
        var x = (1 + ; // plant: FH1901
        Assert.Equal(3, x);
    }
}
