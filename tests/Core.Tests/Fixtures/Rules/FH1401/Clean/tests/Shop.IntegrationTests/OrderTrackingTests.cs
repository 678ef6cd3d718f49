using System.Linq;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Wolverine;
using Wolverine.Tracking;

namespace Shop.IntegrationTests;

// Wolverine's tracked session records every message the host sent, received and executed while the action ran:
// asserting on it observes the effects.
[TestClass]
[TestCategory("Integration")]
public class OrderTrackingTests
{
    private IHost _host = null!;

    [TestMethod]
    public async Task Placing_an_order_publishes_order_placed()
    {
        var session = await _host.SendMessageAndWaitAsync(new Order("A-1"));

        Assert.AreEqual("A-1", session.Sent.SingleMessage<OrderPlaced>().Id);
    }

    [TestMethod]
    public async Task Shipping_is_received_by_the_warehouse()
    {
        var tracked = await _host.TrackActivity().ExecuteAndWaitAsync(c => c.PublishAsync(new ShipOrder("A-2")));

        Assert.AreEqual(1, tracked.Received.MessagesOf<ShipOrder>().Count());
    }
}
