using WireMock.Server;

namespace Shop.Tests.Integration.Server;

// A stub HTTP server the tests take as an xUnit class fixture: constructing it starts WireMock on a local socket.
public class EchoServer : WireMockServer
{
    public EchoServer() : base(new() { Port = 0 })
    {
        Given(Request.Create().WithPath("/echo")).RespondWith(Response.Create().WithBody("ok"));
    }
}
