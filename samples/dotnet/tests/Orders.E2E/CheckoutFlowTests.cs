using System.Net;
using System.Net.Http.Json;
using Moq;
using NUnit.Framework;

namespace Orders.E2E;

[TestFixture]
[Category("E2E")]
public sealed class CheckoutFlowTests
{
    private HttpClient _shop = null!;

    [OneTimeSetUp]
    public void Connect()
    {
        var url = Environment.GetEnvironmentVariable("SHOP_URL")
                  ?? throw new InvalidOperationException("SHOP_URL is not set: deploy the shop and export its URL");
        _shop = new HttpClient { BaseAddress = new Uri(url) };
    }

    [OneTimeTearDown]
    public void Disconnect() => _shop.Dispose();

    [Test]
    public async Task Checkout_PlacesTheOrderAndShowsItInHistory()
    {
        var placed = await _shop.PostAsJsonAsync("/orders", new { customer = "ada", lines = new[] { new { sku = "LAMP", quantity = 2 } } });
        Assert.That(placed.StatusCode, Is.EqualTo(HttpStatusCode.Created));

        var history = await _shop.GetFromJsonAsync<List<OrderView>>("/customers/ada/orders");

        Assert.That(history, Has.Some.Matches<OrderView>(o => o.Total == 50m));
    }

    [Test]
    public async Task Checkout_WithDeclinedCard_ShowsPaymentError() // plant: FH1401
    {
        var gateway = new Mock<IPaymentGatewayAdmin>(); // plant: FH1101
        gateway.Setup(g => g.DeclineNext("ada")).Returns(true);

        var response = await _shop.PostAsJsonAsync("/orders", new { customer = "ada", lines = new[] { new { sku = "LAMP", quantity = 1 } } });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.PaymentRequired));
    }

    [Test]
    public async Task Catalog_IsServed() // plant: FH1303
    {
        var catalog = await _shop.GetStringAsync("/catalog");
        Assert.That(catalog, Is.Not.Empty);
    }

    public sealed record OrderView(string Id, decimal Total);

    public interface IPaymentGatewayAdmin
    {
        bool DeclineNext(string customer);
    }
}
