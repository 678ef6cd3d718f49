using Microsoft.VisualStudio.TestTools.UnitTesting;
using Shop.Tests.Unit.Support;

namespace Shop.Tests.Unit;

[TestClass]
public class OrderTests
{
    [TestMethod]
    public void Order_IsFound()
    {
        Assert.AreEqual("A-1", Eventually.Get(() => new Order("A-1")).Id);
    }
}
