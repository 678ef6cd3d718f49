using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.Tests.Unit;

[TestClass]
public class PriceTests
{
    [TestMethod]
    [Ignore("VAT rules change on 2026-01-01, re-enable with #412")]
    public void Price_IncludesVat()
    {
        Assert.AreEqual(12m, new Price(10m).WithVat(0.2m));
    }

    [TestMethod]
    public void Price_OnLinux()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Inconclusive("needs Linux path rules");
        }

        Assert.AreEqual("/tmp", new Price(1m).TempRoot);
    }
}
