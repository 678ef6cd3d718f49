using Shop.Tests.Integration.Server;
using Xunit;

namespace Shop.Tests.Integration;

// The class fixture is not named *Fixture: what xUnit constructs for the class is what IClassFixture<T> names.
public sealed class EchoClientTests(EchoServer server) : IClassFixture<EchoServer>
{
    private ShopClient Client() => new(server.Url!);

    [Fact]
    public void Get_EchoesTheBody()
    {
        var body = Client().Get("/echo");

        Assert.Equal("ok", body);
    }
}
