using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.E2E;

[TestClass]
public sealed class CheckoutTests
{
    [TestMethod]
    public async Task Checkout_ChargesTheCard()
    {
        using var client = new HttpClient { BaseAddress = new Uri(Environment.GetEnvironmentVariable("SHOP_URL")!) };
        var response = await client.PostAsync("/checkout", null);

        Assert.AreEqual(201, (int)response.StatusCode);
    }
}
