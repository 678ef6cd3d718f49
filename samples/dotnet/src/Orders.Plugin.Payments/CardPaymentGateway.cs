using System.Net.Http.Json;

namespace Orders.Plugin.Payments;

/// <summary>The card processor's API: authorize an amount, then capture or refund it.</summary>
public interface ICardProcessor
{
    Task<string> AuthorizeAsync(string customer, long amountInCents);

    Task<bool> CaptureAsync(string authorization);

    Task RefundAsync(string authorization, long amountInCents);
}

/// <summary>Charges orders by card: authorize the amount in cents, then capture it.</summary>
public sealed class CardPaymentGateway(ICardProcessor processor) : IPaymentGateway
{
    public async Task<bool> ChargeAsync(string customer, decimal amount)
    {
        var authorization = await processor.AuthorizeAsync(customer, (long)Math.Round(amount * 100m));
        return await processor.CaptureAsync(authorization);
    }
}

/// <summary>The processor's REST API.</summary>
public sealed class HttpCardProcessor(HttpClient http) : ICardProcessor
{
    public async Task<string> AuthorizeAsync(string customer, long amountInCents)
    {
        var response = await http.PostAsJsonAsync("/v1/authorizations", new { customer, amount = amountInCents });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<Authorization>())!.Id;
    }

    public async Task<bool> CaptureAsync(string authorization) =>
        (await http.PostAsync($"/v1/authorizations/{authorization}/capture", null)).IsSuccessStatusCode;

    public async Task RefundAsync(string authorization, long amountInCents) =>
        (await http.PostAsJsonAsync($"/v1/authorizations/{authorization}/refunds", new { amount = amountInCents })).EnsureSuccessStatusCode();

    private sealed record Authorization(string Id);
}
