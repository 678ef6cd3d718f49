using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.IntegrationTests;

[TestClass]
public sealed class OrderRejectionTests
{
    private static readonly HttpClient Client = new() { BaseAddress = new System.Uri(System.Environment.GetEnvironmentVariable("SHOP_URL")!) };

    [TestMethod]
    public async Task DeletingAMissingOrder_IsNotFound()
    {
        var response = await Client.DeleteAsync("orders/missing");

        Assert.AreEqual(HttpStatusCode.NotFound, response.StatusCode);
    }
}
