using Moq;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.Tests.Unit;

[TestClass]
public class GatewayTests
{
    [TestMethod]
    public void Fetch_ReturnsOrders()
    {
        var transport = new Mock<ITransport>();
        transport.Setup(t => t.Get("/orders")).Returns("[]");
        var gateway = new Gateway(transport.Object);

        Assert.AreEqual("[]", gateway.Fetch());
    }

    [TestMethod]
    public void Parse_ReadsTempFile()
    {
        var path = Path.Combine(Path.GetTempPath(), "orders.json");
        File.WriteAllText(path, "[]");
        Assert.AreEqual(0, Gateway.Parse(path).Count);
    }
}
