using System.Net.Http;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.Tests.Integration;

[TestClass]
[TestCategory("Integration")]
public class OrderStoreTests
{
    [TestMethod]
    public async Task Get_ReturnsStoredOrder()
    {
        using var client = new HttpClient();
        var response = await client.GetAsync("http://orders:8080/orders/1");
        Assert.AreEqual(200, (int)response.StatusCode);
    }
}
