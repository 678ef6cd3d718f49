using System.Net.Http;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Shop.Tests.Integration.Support;

namespace Shop.Tests.Integration;

[TestClass]
public class OrdersApiTests
{
    [TestMethod]
    public async Task Orders_Accept()
    {
        using var client = new HttpClient();
        Assert.AreEqual("accepted", await OrderSteps.SubmitOrderAsync(client, "A-1"));
        await OrderSteps.WaitForQueueToDrainAsync(new Queue<string>());
    }
}
