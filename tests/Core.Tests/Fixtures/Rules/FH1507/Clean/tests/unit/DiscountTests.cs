using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.Tests.Unit;

[TestClass]
public class DiscountTests
{
    [TestMethod]
    public void Apply_TakesRateOff()
    {
        Assert.AreEqual(90m, new Discount(0.1m).Apply(100m));
    }
}
