using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.IntegrationTests;

[TestClass]
[TestCategory("Integration")]
public class ReplyTests
{
    private readonly BrokerClient _client = new("amqp://broker");

    // Not Wolverine's tracking: the reply of a request is what the call returned.
    [TestMethod]
    public async Task Send_and_wait_returns_an_ack() // plant: FH1401
    {
        var reply = await _client.SendAndWaitAsync(new Order("A-3"));

        Assert.IsTrue(reply.Acknowledged);
    }
}
