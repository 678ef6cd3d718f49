using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.Tests.Unit;

[TestClass]
public class OrderTests
{
    [TestMethod]
    [TestCategory("Unit")]
    public void Total_SumsLines()
    {
        var order = new Order();
        order.Add("sku", 2, 3.5m);
        Assert.AreEqual(7m, order.Total);
    }

    [TestMethod]
    public void NewOrder_IsDraft()
    {
        Assert.AreEqual(OrderState.Draft, new Order().State);
    }
}
