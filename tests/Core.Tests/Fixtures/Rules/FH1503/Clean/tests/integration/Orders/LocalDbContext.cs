using Microsoft.EntityFrameworkCore;

namespace Shop.Tests.Integration.Orders;

/// <summary>Every context of the suite reaches SQL Server through this base, two files away from the tests.</summary>
public abstract class LocalDbContext : DbContext
{
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.UseSqlServer(@"Data Source=(localdb)\mssqllocaldb;Database=Orders");
}

public abstract class AuditedDbContext : LocalDbContext
{
    public DbSet<AuditEntry> AuditEntries { get; set; } = null!;
}
