using Microsoft.VisualStudio.TestTools.UnitTesting;
using Shop.Tests.Unit.Support;

namespace Shop.Tests.Unit;

[TestClass]
public class OrderTests
{
    [TestMethod]
    public void Order_IsStampedWithClock()
    {
        var clock = new InMemoryClock();
        Assert.AreEqual(DateTimeOffset.UnixEpoch, new Order("A-1", clock).CreatedAt);
    }
}
