using Microsoft.Extensions.Logging;
using Moq;
using Xunit;

namespace Shop.Tests.Integration;

public class OrderStoreTests
{
    [Fact]
    public async Task Store_PersistsOrder()
    {
        var logger = new Mock<ILogger<OrderStore>>();
        await using var connection = new NpgsqlConnection(Environment.GetEnvironmentVariable("SHOP_DB"));
        var store = new OrderStore(connection, logger.Object);

        await store.AddAsync(new Order("A-1"));

        Assert.Equal("A-1", (await store.GetAsync("A-1")).Id);
        logger.Verify(l => l.IsEnabled(LogLevel.Information));
    }
}
