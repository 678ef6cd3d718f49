using Wolverine;
using Xunit;

namespace Orders.Tests;

public record PlaceOrder(string Id);

public class OrderTests
{
    [Fact]
    public void PlacesAnOrder() => Assert.Equal("o-1", new PlaceOrder("o-1").Id);
}

// Wolverine finds only public handlers: this one is internal, and nothing else uses it.
internal class PlaceOrderHandler // plant: FH1801
{
    public void Handle(PlaceOrder command) { }
}

// Named like a handler, but without a method Wolverine would call.
public class RetryHandler // plant: FH1801
{
    public void Retry(PlaceOrder command) { }
}
