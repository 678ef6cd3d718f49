using NUnit.Framework;

namespace Shop.UnitTests;

// A test of the == operator must call it: Assert.That(a, Is.EqualTo(b)) would run Equals instead.
public class MoneyOperatorTests
{
    [Test]
    public void OperatorEquality_OfEqualAmounts()
    {
        var a = new Money(5);
        var b = new Money(5);
        Assert.IsTrue(a == b);
        Assert.IsFalse(a != b);
    }
}
