using WireMock.Server;
using Xunit;

namespace Shop.Tests.Integration;

// An HTTP client's tests against a stub server on a local socket: real HTTP, like an HttpListener.
public class StubServerClientTests
{
    [Fact]
    public void Get_ReadsTheBody()
    {
        using var server = WireMockServer.Start();

        var body = new ShopClient(server.Url!).Get("/");

        Assert.Equal("ok", body);
    }
}
