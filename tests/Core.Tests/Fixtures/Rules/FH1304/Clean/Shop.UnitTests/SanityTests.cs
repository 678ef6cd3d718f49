using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.UnitTests;

[TestClass]
public class SanityTests
{
    [TestMethod]
    public void Order_CanBeLoaded()
    {
        var order = Orders.Load("A-1");
        Assert.IsNotNull(order);
        Assert.AreEqual("A-1", order.Id);
    }

    [TestMethod]
    public void Order_Reassigned_IsChecked()
    {
        var order = new Order("A-1");
        order = Orders.Reload(order);
        Assert.IsNotNull(order);
        Assert.AreEqual(20, Order.MaxLines);
    }
}
