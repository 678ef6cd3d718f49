using System.Diagnostics;
using System.Net.Http;
using System.Net.Sockets;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.Tests.Unit;

[TestClass]
public class GatewayTests
{
    [TestMethod]
    public async Task Fetch_ReturnsOrders() // plant: FH1502
    {
        using var client = new HttpClient();
        var body = await client.GetStringAsync("http://localhost:5000/orders");
        Assert.AreEqual("[]", body);
    }

    [TestMethod]
    public void Ping_Answers() // plant: FH1502
    {
        Assert.AreEqual("pong", SendPing("localhost", 7000));
    }

    private static string SendPing(string host, int port)
    {
        using var socket = new TcpClient(host, port);
        return "pong";
    }
}

[TestClass]
public class CliTests
{
    private Process? _cli;

    [TestInitialize]
    public void StartCli()
    {
        _cli = Process.Start("shop-cli", "--serve");
    }

    [TestMethod]
    public void Version_IsPrinted() // plant: FH1502
    {
        Assert.AreEqual("1.0", Version.Parse("1.0").ToString());
    }
}
