using Microsoft.VisualStudio.TestTools.UnitTesting;
using Shop.Shipping;

namespace Shop.Shipping.Tests;

[TestClass]
public class ShippingTests
{
    [TestMethod]
    public void Rate_IsPositive()
    {
        Assert.AreEqual(3, new ShippingRates().Count);
    }
}
