using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.UnitTests;

// Money defines ==, != and Equals: comparing a value with itself or with an equal twin runs that code.
[TestClass]
public class MoneyEqualityTests
{
    [TestMethod]
    public void Equality_IsReflexive()
    {
        var m = new Money(5);
        Assert.IsTrue(m == m);
        Assert.IsFalse(m != m);
        Assert.IsTrue(m.Equals(m));
    }

    [TestMethod]
    public void EqualValues_AreEqual() => Assert.AreEqual(new Money(5), new Money(5));
}
