using Microsoft.VisualStudio.TestTools.UnitTesting;
using Shop.Billing;
using Shop.Orders;
using Shop.Testing.Builders;
using System.Linq;

namespace Shop.Orders.Tests;

[TestClass]
public class CheckoutTests
{
    [TestMethod]
    public void Checkout_Bills()
    {
        var order = OrderBuilder.AnOrder().Build();
        var invoice = new InvoiceService().Bill(order);
        Assert.AreEqual(order.Id, invoice.OrderId);
    }
}
