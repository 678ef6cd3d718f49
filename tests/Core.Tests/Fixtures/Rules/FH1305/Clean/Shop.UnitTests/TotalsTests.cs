using NUnit.Framework;

namespace Shop.UnitTests;

public class TotalsTests
{
    [Test]
    public void Total_IsSum()
    {
        var total = Totals.Of(1, 2);
        Assert.That(total, Is.EqualTo(3));
        Assert.IsTrue(total > 2);
        Assert.IsFalse(total == 4);
    }
}
