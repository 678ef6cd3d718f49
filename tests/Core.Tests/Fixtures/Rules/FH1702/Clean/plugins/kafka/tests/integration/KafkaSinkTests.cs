using System.Net.Sockets;
using Moq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Floe.Plugin.Kafka.Tests;

[TestClass]
public class KafkaSinkTests
{
    [TestMethod]
    public void Publish_SendsRecord()
    {
        var producer = new Mock<IProducer>();
        new KafkaSink(producer.Object).Publish("orders", "{}");
        producer.Verify(p => p.Produce("floe.orders", "{}"), Times.Once);
    }

    [TestMethod]
    public void Broker_AcceptsConnections()
    {
        using var client = new TcpClient("kafka", 9092);
        Assert.IsTrue(client.Connected);
    }
}
