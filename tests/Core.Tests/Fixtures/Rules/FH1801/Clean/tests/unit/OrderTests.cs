using Microsoft.VisualStudio.TestTools.UnitTesting;
using Shop.Tests.Unit.Support;

namespace Shop.Tests.Unit;

[TestClass]
public class OrderTests : ShopTestBase
{
    [TestMethod]
    public void Order_KeepsItsId()
    {
        var order = new OrderBuilder().WithId("B-2").Build().WithRush();
        Assert.AreEqual("B-2", order.Id);
    }

    [TestMethod]
    public void Shop_StartsEmpty()
    {
        Assert.AreEqual(0, Shop.Orders.Count);
    }

    private sealed record Line(string Sku, int Quantity);
}
