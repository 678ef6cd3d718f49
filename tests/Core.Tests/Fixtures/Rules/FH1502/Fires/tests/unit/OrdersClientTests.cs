using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.Tests.Unit;

[TestClass]
public class OrdersClientTests
{
    [TestMethod]
    public async Task DeleteAsync_RemovesTheOrder() // plant: FH1502
    {
        var client = new OrdersApiClient("http://localhost:5000");   // a client type: its HTTP-named calls still count
        await client.DeleteAsync("A-1");
        Assert.AreEqual(0, (await client.ListAsync()).Count);
    }
}
