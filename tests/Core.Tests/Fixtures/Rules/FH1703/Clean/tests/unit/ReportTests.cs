using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.Tests.Unit;

[TestClass]
public class ReportTests
{
    [TestMethod]
    public void Report_HasTitle()
    {
        Assert.AreEqual("Orders", new Report().Title);
    }

    [TestMethod]
    public void Report_RejectsNegativeTotals()
    {
        Assert.ThrowsException<NotImplementedException>(() => new Report().Negative());
    }
}
