using System.Net;
using Xunit;

namespace Shop.Tests.Integration;

public class WebhookTests
{
    [Fact]
    public async Task Webhook_IsDeliveredToTheSubscriber()
    {
        await using var subscriber = new SubscriberServer();
        var shop = new ShopClient(subscriber.Url);

        await shop.RegisterWebhookAsync("order-created");

        Assert.Equal("order-created", await subscriber.NextEventAsync());
    }
}

/// <summary>A real HTTP server the test owns: constructing it opens the listener.</summary>
public sealed class SubscriberServer : IAsyncDisposable
{
    private readonly HttpListener _listener = new();

    public SubscriberServer()
    {
        Url = "http://127.0.0.1:5081/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
    }

    public string Url { get; }

    public async Task<string> NextEventAsync() => (await _listener.GetContextAsync()).Request.Headers["X-Event"]!;

    public ValueTask DisposeAsync()
    {
        _listener.Close();
        return ValueTask.CompletedTask;
    }
}
