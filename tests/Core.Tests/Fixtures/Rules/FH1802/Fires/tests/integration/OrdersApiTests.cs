using System.Net.Http;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Shop.Tests.Integration.Support;

namespace Shop.Tests.Integration;

[TestClass]
public class OrdersApiTests
{
    [TestMethod]
    public async Task Orders_Respond()
    {
        Readiness.WaitForPort("orders", 8080);
        using var client = new HttpClient();
        await Readiness.PollUntilHealthyAsync(client, "http://orders:8080/health");
        Assert.AreEqual(200, (int)(await client.GetAsync("http://orders:8080/orders")).StatusCode);
    }
}
