using Microsoft.VisualStudio.TestTools.UnitTesting;
using Shop.Billing;
using Shop.Orders;
using Shop.Shipping.Carriers;

namespace Shop.Orders.Tests;

[TestClass]
public class CheckoutTests
{
    [TestMethod]
    public void Checkout_BillsAndShips() // plant: FH1504
    {
        var order = new Order("A-1");
        var invoice = new InvoiceService().Bill(order);
        var parcel = new CarrierGateway().Ship(order);
        Assert.AreEqual(invoice.OrderId, parcel.OrderId);
    }

    [TestMethod]
    public void Checkout_RejectsEmptyOrder()
    {
        Assert.ThrowsException<InvalidOperationException>(() => new InvoiceService().Bill(new Order("")));
    }
}
