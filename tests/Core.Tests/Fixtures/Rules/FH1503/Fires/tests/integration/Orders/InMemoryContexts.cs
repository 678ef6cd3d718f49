using Microsoft.EntityFrameworkCore;

namespace Shop.Tests.Integration.Orders;

/// <summary>EF Core's in-memory provider is a test double: no SQL, no constraints, no transactions.</summary>
public abstract class InMemoryShopContext : DbContext
{
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseInMemoryDatabase("shop");
}

public class OrdersContext : InMemoryShopContext
{
    public DbSet<Order> Orders { get; set; } = null!;
}

public class CatalogContext(DbContextOptions<CatalogContext> options) : DbContext(options)
{
    public DbSet<Product> Products { get; set; } = null!;

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        if (!optionsBuilder.IsConfigured)
        {
            optionsBuilder.UseSqlServer("Server=db;Database=Catalog");
        }
    }
}

/// <summary>A context elsewhere named Context: the tests below construct their own file's Context, which is no DbContext.</summary>
public class SharedContexts
{
    public class Context : CatalogContext
    {
        public Context()
            : base(new DbContextOptions<CatalogContext>())
        {
        }
    }
}
