using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Shop.Tests.Integration.Orders;

public class OrderQueryTests
{
    [Fact]
    public void Projects_Names()
    {
        using var context = new OrdersContext();
        Assert.Equal("a", context.Orders.Select(o => o.Name).First());
    }

    [Fact]
    public void Users_AreStored()
    {
        var options = new DbContextOptionsBuilder<UsersContext>().UseNpgsql(Settings.UsersDatabase).Options;
        using var context = new UsersContext(options);
        Assert.Equal(2, context.Users.Count());
    }

    [Fact]
    public void Orders_AreStoredInSqliteInMemory()
    {
        // SQLite in memory is still a real relational engine: constraints, SQL, migrations.
        var options = new DbContextOptionsBuilder<SqliteOrdersContext>().UseSqlite("Data Source=:memory:").Options;
        using var context = new SqliteOrdersContext(options);
        Assert.Equal(0, context.Set<Order>().Count());
    }

    [Fact]
    public void Nested_Context_IsTheFilesOwn()
    {
        using var context = new Context();
        Assert.Equal(0, context.Entities.Count());
    }

    public class Context : LocalDbContext
    {
        public DbSet<Order> Entities { get; set; } = null!;
    }
}

/// <summary>The base class's set-up creates the context: every test of a derived class reaches the database.</summary>
public abstract class OrdersDatabaseTest : IAsyncLifetime
{
    protected OrdersContext Context { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Context = new OrdersContext();
        await Context.Database.EnsureCreatedAsync();
    }

    public Task DisposeAsync() => Context.DisposeAsync().AsTask();
}

public class OrderTotalsTests : OrdersDatabaseTest
{
    [Fact]
    public void Totals_AreSummed()
    {
        Assert.Equal(0m, Context.Orders.Sum(o => o.Total));
    }
}
