using NUnit.Framework;
using Shouldly;

namespace Shop.UnitTests;

public class TotalsTests
{
    [Test]
    public void Total_IsSum()
    {
        var total = Totals.Of(1, 2);
        Assert.IsTrue(total == 3); // plant: FH1305
        ClassicAssert.IsTrue(total.Equals(3)); // plant: FH1305
        (total == 3).ShouldBeTrue(); // plant: FH1305
        Assert.IsFalse(total != 3); // plant: FH1305
    }

    [Test]
    public void TotalEquality_WithALiteral()
    {
        var total = Totals.Of(1, 2);
        Assert.IsTrue(total == 3); // plant: FH1305
    }
}

public class TotalsConstraintTests
{
    [Test]
    public void Total_IsSum_ConstraintModel()
    {
        var total = Totals.Of(1, 2);
        Assert.That(total == 3, Is.True); // plant: FH1305
    }
}
