using System.Net;
using System.Net.Http;
using System.Net.WebSockets;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.Tests.Unit;

public class CannedHandler : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct) =>
        Task.FromResult(new HttpResponseMessage(HttpStatusCode.Accepted));
}

public class RetryHandler : DelegatingHandler { }

[TestClass]
public class InProcessNetworkTests
{
    [TestMethod]
    public void ParsesClientIp()
    {
        var ip = Dns.GetHostAddresses("192.168.1.2")[0];
        Assert.AreEqual("192.168.1.2", ip.ToString());
    }

    [TestMethod]
    public void KeepsWebSocketOptions()
    {
        using var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.FromSeconds(3);
        Assert.AreEqual(TimeSpan.FromSeconds(3), socket.Options.KeepAliveInterval);
    }

    [TestMethod]
    public void BuildsClientWithBaseAddress()
    {
        using var client = new HttpClient { BaseAddress = new Uri("https://orders.example/") };
        Assert.AreEqual("orders.example", client.BaseAddress.Host);
    }

    [TestMethod]
    public async Task RetryPassesThrough()
    {
        var handler = new RetryHandler { InnerHandler = new CannedHandler() };
        using var invoker = new HttpMessageInvoker(handler);
        var response = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "http://x/"), default);
        Assert.AreEqual(HttpStatusCode.Accepted, response.StatusCode);
    }

    [TestMethod]
    public async Task ClientOverCannedHandler()
    {
        using var client = new HttpClient(new CannedHandler());
        var response = await client.GetAsync("http://x/");
        Assert.AreEqual(HttpStatusCode.Accepted, response.StatusCode);
    }
}
