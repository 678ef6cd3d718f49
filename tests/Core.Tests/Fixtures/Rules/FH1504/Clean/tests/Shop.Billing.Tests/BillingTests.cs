using Microsoft.VisualStudio.TestTools.UnitTesting;
using Shop.Billing;

namespace Shop.Billing.Tests;

[TestClass]
public class BillingTests
{
    [TestMethod]
    public void Rate_IsPositive()
    {
        Assert.AreEqual(3, new BillingRates().Count);
    }
}
