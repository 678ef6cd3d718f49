using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Floe.Plugin.Kafka.Tests;

[TestClass]
public class KafkaSinkTests
{
    [TestMethod]
    public void Topic_IsDerivedFromProduct()
    {
        Assert.AreEqual("floe.orders", KafkaSink.TopicFor("orders"));
    }
}
