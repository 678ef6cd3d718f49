using StackExchange.Redis;
using Xunit;

namespace Shop.E2E;

public class DataAndConnectTests
{
    [Fact]
    public void Connects_through_a_parsed_configuration()
    {
        // Parse's result is handed straight to Connect: the test connects there.
        using var redis = ConnectionMultiplexer.Connect(ConfigurationOptions.Parse("localhost:6379")); // plant: FH1203
        var kafka = "kafka:9092"; // plant: FH1203
        Assert.Equal("ok", Produce(kafka));
    }

    private static string Produce(string bootstrap) => "ok";
}
