using System;
using System.Collections.Generic;
using System.Net;
using Xunit;

namespace Shop.E2E;

// Endpoints that are the data of the code under test, not places the tests connect to.
public class EndpointDataTests
{
    public static TheoryData<string, string> Registries { get; } = new()
    {
        { "my.proxy.com:443", "my.proxy.com:443/bar:1.0.0" },
    };

    public static IEnumerable<object[]> Nodes()
    {
        yield return new object[] { "10.0.0.7:7006", 7006 };
    }

    [Theory]
    [MemberData(nameof(Registries))]
    public void Prefixes_the_registry(string registry, string expected) => Assert.Equal(expected, registry + "/bar:1.0.0");

    [Theory]
    [MemberData(nameof(Nodes))]
    public void Parses_a_node(string node, int port) => Assert.Equal(port, IPEndPoint.Parse(node).Port);

    [Fact]
    public void Formats_an_endpoint()
    {
        var ep = new IPEndPoint(IPAddress.Loopback, 7000);
        Assert.Equal("127.0.0.1:7000", ep.ToString());                          // the expected rendering
        Assert.Equal("postgresql://postgres.dev.internal:5432/db", Render("postgres.dev.internal", 5432));
    }

    [Fact]
    public void Parses_the_input()
    {
        var ep = IPEndPoint.Parse("127.0.0.1:6379");                              // a parser's input, not handed on
        Assert.Equal(6379, ep.Port);
        var uri = new Uri("tcp://127.0.0.1:2375/");                                // only its parts are read
        Assert.Equal(2375, uri.Port);
    }

    [Fact]
    public void Keys_and_binds_are_not_endpoints()
    {
        var key = "user:1000";                                                   // a type:id cache key
        var session = "session:12345";
        var listen = "http://0.0.0.0:8080";                                      // a bind-all address
        var nodes = new Dictionary<string, int> { ["10.1.2.3:7001"] = 1 };      // parsed data keyed by address
        Assert.Equal(1, nodes["10.1.2.3:7001"]);
        Assert.NotNull(key + session + listen);
    }

    private static string Render(string host, int port) => $"postgresql://{host}:{port}/db";
}
