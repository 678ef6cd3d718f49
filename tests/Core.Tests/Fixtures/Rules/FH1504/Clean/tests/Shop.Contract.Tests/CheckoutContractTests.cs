using Microsoft.VisualStudio.TestTools.UnitTesting;
using Shop.Billing;
using Shop.Orders;
using Shop.Shipping;

namespace Shop.Contract.Tests;

[TestClass]
public class CheckoutContractTests
{
    [TestMethod]
    public void Invoice_And_Parcel_AgreeOnOrderId()
    {
        var order = new Order("A-1");
        Assert.AreEqual(new InvoiceService().Bill(order).OrderId, new CarrierGateway().Ship(order).OrderId);
    }
}
