using NSubstitute;
using Xunit;

namespace Orders.IntegrationTests;

[Trait("Category", "Integration")]
public sealed class OrderRepositoryTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    [Fact]
    public async Task SaveAsync_ThenFindAsync_ReturnsTheSameOrder()
    {
        var order = new Order($"it-{Guid.NewGuid():N}", "ada", [new OrderLine("LAMP", 1, 25m)]);

        await database.Repository.SaveAsync(order);
        var found = await database.Repository.FindAsync(order.Id);

        Assert.Equivalent(order, found);
    }

    [Fact]
    public async Task PlaceAsync_PersistsTheOrder()
    {
        var payments = Substitute.For<IPaymentGateway>(); // plant: FH1102
        payments.ChargeAsync("ada", Arg.Any<decimal>()).Returns(true);
        var notifier = Substitute.For<INotifier>(); // plant: FH1102
        var service = new OrderService(database.Repository, payments, notifier, new PriceCalculator(new SystemClock()));
        var order = new Order($"it-{Guid.NewGuid():N}", "ada", [new OrderLine("LAMP", 1, 25m)]);

        await service.PlaceAsync(order);

        Assert.Equal("ada", (await database.Repository.FindAsync(order.Id))!.Customer);
        await notifier.Received(1).SendAsync("ada", $"order {order.Id} placed");
    }

    private sealed class SystemClock : IClock
    {
        public DateTimeOffset Now => DateTimeOffset.UtcNow;
    }
}
