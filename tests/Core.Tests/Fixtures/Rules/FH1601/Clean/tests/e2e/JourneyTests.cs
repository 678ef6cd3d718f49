using System.Net.Http;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.Tests.E2E;

[TestClass]
public class JourneyTests
{
    private static readonly HttpClient Client = new() { BaseAddress = new Uri("https://shop.example") };

    [TestMethod]
    [TestProperty("workflow", "AC-2.1")]
    public async Task Customer_PlacesOrder()
    {
        var response = await Client.PostAsync("/orders", null);
        Assert.AreEqual(201, (int)response.StatusCode);
    }

    [TestMethod]
    public async Task Customer_GetsRefund()
    {
        var response = await Client.PostAsync("/orders/1/refund", null);
        Assert.AreEqual(202, (int)response.StatusCode);
    }

    [TestMethod]
    public async Task Admin_ExportsCatalog()
    {
        var csv = await Client.GetStringAsync("/catalog/export");
        Assert.AreEqual("sku,name", csv.Split('\n')[0]);
    }

    [TestMethod]
    [TestCategory("browse")]
    public async Task Visitor_SeesProducts()
    {
        var page = await Client.GetStringAsync("/products");
        StringAssert.Contains(page, "sku-1");
    }
}
