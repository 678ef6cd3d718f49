using FluentAssertions;
using Xunit;

namespace Shop.UnitTests;

// An .And chain is judged by its strongest link: BeEquivalentTo can fail, whatever NotBeNull adds.
public class FluentChainTests
{
    [Fact]
    public void FreshObject_EquivalentAndNotNull()
    {
        var subject = new Line("lamp", 2);
        var expected = new Line("lamp", 2);
        subject.Should().BeEquivalentTo(expected).And.NotBeNull();
    }

    [Fact]
    public void FreshObject_OfTypeAndNotNull()
    {
        var line = new Line("lamp", 1);
        line.Should().BeOfType<Line>().And.NotBeNull();
    }
}
