using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.Tests.Unit;

[TestClass]
public class PriceTests
{
    [TestMethod]
    [Ignore] // plant: FH1506
    public void Price_IncludesVat()
    {
        Assert.AreEqual(12m, new Price(10m).WithVat(0.2m));
    }
}
