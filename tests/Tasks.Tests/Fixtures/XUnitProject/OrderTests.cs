using Xunit;

namespace Shop.Tests;

public class OrderTests
{
    [Fact]
    public void OrderIsCreated()
    {
        var order = new Order("A-1", 3);
        Assert.NotNull(order); // plant: FH1304
    }

    [Fact]
    public void QuantityIsKept()
    {
        var order = new Order("A-2", 4);
        Assert.Equal(4, order.Quantity);
    }

    [Fact]
    public void Submitting() // plant: FH1301
    {
        var order = new Order("A-3", 1);
        _ = order.Id;
    }
}

public sealed record Order(string Id, int Quantity);
