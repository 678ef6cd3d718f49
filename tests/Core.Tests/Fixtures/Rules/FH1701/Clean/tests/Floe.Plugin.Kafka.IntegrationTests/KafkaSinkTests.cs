using System.Net.Sockets;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Floe.Plugin.Kafka.IntegrationTests;

[TestClass]
public class KafkaSinkTests
{
    [TestMethod]
    public void Broker_AcceptsConnections()
    {
        using var client = new TcpClient("kafka", 9092);
        Assert.IsTrue(client.Connected);
    }
}
