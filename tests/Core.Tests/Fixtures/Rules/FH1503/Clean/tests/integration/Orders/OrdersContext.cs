using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Shop.Tests.Integration.Orders;

public class OrdersContext : AuditedDbContext
{
    public DbSet<Order> Orders { get; set; } = null!;
}

public class UsersContext(DbContextOptions<UsersContext> options) : IdentityDbContext<ShopUser>(options);

public class SqliteOrdersContext(DbContextOptions<SqliteOrdersContext> options) : DbContext<Order>(options);
