using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.Tests.Unit;

[TestClass]
public class OrderTests
{
    [TestMethod]
    [TestCategory("Integration")]
    public void Total_SumsLines() // plant: FH1501
    {
        var order = new Order();
        order.Add("sku", 2, 3.5m);
        Assert.AreEqual(7m, order.Total);
    }

    [TestMethod]
    [TestCategory("E2E")]
    public void Submit_PlacesOrder() // plant: FH1501
    {
        var order = new Order();
        Assert.AreEqual(OrderState.Draft, order.State);
    }
}
