using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.Tests.E2E;

[TestClass]
public class CheckoutTests
{
    [TestMethod]
    public void Checkout_ComputesTax() // plant: FH1503
    {
        var calculator = new TaxCalculator(0.2m);
        Assert.AreEqual(2m, calculator.TaxOn(10m));
    }
}
