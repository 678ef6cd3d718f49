using Microsoft.VisualStudio.TestTools.UnitTesting;
using Shop.Tests.Unit.Support;

namespace Shop.Tests.Unit;

[TestClass]
public class EventuallyTests
{
    [TestMethod]
    public void Get_ReturnsFirstValue() // plant: FH1803
    {
        Assert.AreEqual("x", Eventually.Get(() => "x"));
    }

    [TestMethod]
    public void Get_TimesOut()
    {
        Assert.ThrowsException<TimeoutException>(() => Eventually.Get<string>(() => null, 2));
    }
}

[TestClass]
public class OrderTests
{
    [TestMethod]
    public void Order_IsFound()
    {
        Assert.AreEqual("A-1", Eventually.Get(() => new Order("A-1")).Id);
    }
}
