using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.Tests.Unit;

[TestClass]
public class RetryTests
{
    [TestMethod]
    public void Retry_RunsThreeTimes()
    {
        var strategy = new RetryStrategy(3);
        Assert.AreEqual(3, strategy.Attempts);
    }
}
