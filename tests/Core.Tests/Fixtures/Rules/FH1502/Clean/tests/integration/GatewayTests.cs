using System.Net.Http;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.Tests.Integration;

[TestClass]
public class GatewayIntegrationTests
{
    [TestMethod]
    public async Task Fetch_ReturnsOrders()
    {
        using var client = new HttpClient();
        var body = await client.GetStringAsync("http://orders:8080/orders");
        Assert.AreEqual("[]", body);
    }
}
