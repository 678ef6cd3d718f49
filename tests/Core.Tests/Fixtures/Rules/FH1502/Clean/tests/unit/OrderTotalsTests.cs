using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Shop.Tests.Unit;

public class ShopContext(DbContextOptions<ShopContext> options) : DbContext(options)
{
    public DbSet<Order> Orders { get; set; } = null!;
}

/// <summary>EF Core's in-memory provider runs in process: a unit test may use it.</summary>
public class OrderTotalsTests
{
    [Fact]
    public void Totals_AreSummed()
    {
        using var context = new ShopContext(new DbContextOptionsBuilder<ShopContext>().UseInMemoryDatabase("totals").Options);
        Assert.Equal(0m, context.Orders.Sum(o => o.Total));
    }
}
