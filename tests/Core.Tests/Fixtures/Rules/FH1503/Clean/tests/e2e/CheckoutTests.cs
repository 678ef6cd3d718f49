using System.Net.Http;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.Tests.E2E;

[TestClass]
public class CheckoutTests
{
    [TestMethod]
    public async Task Checkout_PlacesOrder()
    {
        var body = await Shop.PostCheckoutAsync("A-1");
        Assert.AreEqual("placed", body);
    }
}

public static class Shop
{
    private static readonly HttpClient Client = new();

    public static async Task<string> PostCheckoutAsync(string id)
    {
        var response = await Client.PostAsync("https://shop.example/checkout/" + id, null);
        return await response.Content.ReadAsStringAsync();
    }
}
