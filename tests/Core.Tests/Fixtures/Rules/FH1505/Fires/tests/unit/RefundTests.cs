using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.Tests.Unit;

[TestClass]
public class RefundTests
{
    [TestMethod]
    [TestProperty("requirement", "REQ-12")]
    public void Refund_RestoresStock()
    {
        Assert.AreEqual(5, new Stock(4).Refund(1).Count);
    }

    [TestMethod]
    [TestProperty("owner", "payments")]
    public void Refund_IssuesCreditNote() // plant: FH1505
    {
        Assert.AreEqual("CN-1", new Refunds().Issue("A-1").Number);
    }

    [TestMethod]
    public void Refund_RejectsUnknownOrder() // plant: FH1505
    {
        Assert.ThrowsException<KeyNotFoundException>(() => new Refunds().Issue("nope"));
    }
}
