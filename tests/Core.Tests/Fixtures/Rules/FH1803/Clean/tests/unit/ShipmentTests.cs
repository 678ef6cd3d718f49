using Xunit;

namespace Shop.Tests;

// A small data type declared beside the tests is what they test, not test infrastructure.
public class ShipmentTests
{
    [Fact]
    public void QuantityIsKept() => Assert.Equal(4, new Shipment("A-2", 4).Quantity);
}

public sealed record Shipment(string Id, int Quantity);
