using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Net.WebSockets;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.Tests.Unit;

public class RetryHandler : DelegatingHandler { }

[TestClass]
public class RealNetworkTests
{
    [TestMethod]
    public void ResolvesHost() // plant: FH1502
    {
        Assert.IsTrue(Dns.GetHostAddresses("orders.example").Length > 0);
    }

    [TestMethod]
    public async Task ConnectsWebSocket() // plant: FH1502
    {
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(new Uri("wss://orders.example/feed"), default);
        Assert.AreEqual(WebSocketState.Open, socket.State);
    }

    [TestMethod]
    public void ConnectsSocket() // plant: FH1502
    {
        using var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
        socket.Connect("orders.example", 443);
        Assert.IsTrue(socket.Connected);
    }

    [TestMethod]
    public async Task RetryOverTheWire() // plant: FH1502
    {
        var handler = new RetryHandler { InnerHandler = new HttpClientHandler() };
        using var invoker = new HttpMessageInvoker(handler);
        var response = await invoker.SendAsync(new HttpRequestMessage(HttpMethod.Get, "https://orders.example/"), default);
        Assert.AreEqual(HttpStatusCode.OK, response.StatusCode);
    }
}
