using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.Tests.Unit;

[TestClass]
[TestProperty("requirement", "REQ-12")]
public class RefundTests
{
    [TestMethod]
    public void Refund_RestoresStock()
    {
        Assert.AreEqual(5, new Stock(4).Refund(1).Count);
    }
}

public class CreditNoteTests
{
    [Fact]
    [Trait("requirement", "REQ-13")]
    public void Refund_IssuesCreditNote()
    {
        Assert.Equal("CN-1", new Refunds().Issue("A-1").Number);
    }
}
