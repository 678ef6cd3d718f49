using System.Net.Http;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.Tests.E2E;

[TestClass]
public class OrderJourneyTests
{
    private static readonly HttpClient Client = new() { BaseAddress = new Uri("https://shop.example") };

    [TestMethod]
    [TestProperty("workflow", "AC-2.1")]
    public async Task Customer_PlacesOrder()
    {
        var response = await Client.PostAsync("/orders", null);
        Assert.AreEqual(201, (int)response.StatusCode);
    }
}
