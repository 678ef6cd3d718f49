using Microsoft.VisualStudio.TestTools.UnitTesting;
using Shop.Billing;
using Shop.Components.ConformanceTests;
using Shop.Orders;

namespace Shop.Orders.Tests;

// One other package (Shop.Billing) and shared test utilities in a Shop.* namespace no package owns.
[TestClass]
public class InvoiceTests
{
    [TestMethod]
    public void Invoice_UsesAmount() => Assert.AreEqual(5m, new InvoiceService().Total(ConformanceSamples.Amount));
}
