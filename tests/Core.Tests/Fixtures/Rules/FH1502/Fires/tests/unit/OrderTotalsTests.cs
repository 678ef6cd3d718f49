using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Shop.Tests.Unit;

public class ShopContext : DbContext
{
    public DbSet<Order> Orders { get; set; } = null!;

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSqlServer("Server=db;Database=Shop");
}

public class OrderTotalsTests
{
    [Fact]
    public void Totals_AreSummed() // plant: FH1502
    {
        using var context = new ShopContext();
        Assert.Equal(0m, context.Orders.Sum(o => o.Total));
    }
}
