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
    public void Publish_UsesFakeBroker()
    {
        var broker = new FakeBroker();
        new KafkaSink(broker).Publish("orders", "{}");
        Assert.AreEqual(1, broker.Records.Count);
    }
}
