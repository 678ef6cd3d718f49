using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Shop.Tests.Integration.Orders;

public class OrderQueryTests
{
    [Fact]
    public void Projects_Names() // plant: FH1503
    {
        using var context = new OrdersContext();
        Assert.Equal("a", context.Orders.Select(o => o.Name).First());
    }

    [Fact]
    public void Products_AreListed() // plant: FH1503
    {
        var options = new DbContextOptionsBuilder<CatalogContext>().UseInMemoryDatabase("catalog").Options;
        using var context = new CatalogContext(options);
        Assert.Equal(0, context.Products.Count());
    }

    [Fact]
    public void Mapping_Context_IsNoDatabase() // plant: FH1503
    {
        var context = new Context("orders");
        Assert.Equal("orders", context.Name);
    }

    public class Context(string name)
    {
        public string Name { get; } = name;
    }
}
