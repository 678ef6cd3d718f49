using Xunit;

namespace Shop.UnitTests;

// operator== on default values is the operator under test, not a comparison with a plain value.
public class CmykTests
{
    [Fact]
    public void CmykEquality()
    {
        var x = default(Cmyk);
        var y = new Cmyk(1f);
        Assert.True(default == default(Cmyk));
        Assert.False(default != default(Cmyk));
        Assert.True(x != y);
    }

    // A fail guarded by a comparison writes its own message with both values.
    [Fact]
    public void Total_Guarded()
    {
        var total = Totals.Of(1, 2);
        if (total != 3)
        {
            Assert.Fail($"expected 3, got {total}");
        }
    }
}
