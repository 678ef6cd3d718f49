using Microsoft.Extensions.Logging;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Moq;
using Orders.UnitTests.Doubles;

namespace Orders.UnitTests;

[TestClass]
public sealed class OrderServiceTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private readonly Mock<IOrderRepository> _repository = new();
    private readonly Mock<IPaymentGateway> _payments = new();
    private readonly RecordingNotifier _notifier = new();

    private OrderService CreateService() =>
        new(_repository.Object, _payments.Object, _notifier, new PriceCalculator(new FakeClock(Monday)));

    private static Order TwoLamps() => new("A-1", "ada", [new OrderLine("LAMP", 2, 25m)]);

    [TestMethod]
    public async Task PlaceAsync_ChargesTheTotalAndSavesTheOrder()
    {
        _payments.Setup(p => p.ChargeAsync("ada", 50m)).ReturnsAsync(true);

        var result = await CreateService().PlaceAsync(TwoLamps());

        Assert.AreEqual(50m, result.Charged);
        _repository.Verify(r => r.SaveAsync(It.Is<Order>(o => o.Id == "A-1")), Times.Once);
        CollectionAssert.AreEqual(new[] { ("ada", "order A-1 placed") }, _notifier.Sent);
    }

    [TestMethod]
    public async Task PlaceAsync_DeclinedPayment_DoesNotSave()
    {
        _payments.Setup(p => p.ChargeAsync(It.IsAny<string>(), It.IsAny<decimal>())).ReturnsAsync(false);

        var result = await CreateService().PlaceAsync(TwoLamps());

        Assert.IsFalse(result.Success);
        _repository.Verify(r => r.SaveAsync(It.IsAny<Order>()), Times.Never);
    }

    [TestMethod]
    public async Task PlaceAsync_EmptyOrder_IsRejected()
    {
        var service = CreateService();

        var error = await Assert.ThrowsExactlyAsync<ArgumentException>(() => service.PlaceAsync(new Order("A-2", "ada", [])));

        Assert.AreEqual("order", error.ParamName);
    }

    [TestMethod]
    public async Task PlaceAsync_Succeeds() // plant: FH1303
    {
        _payments.Setup(p => p.ChargeAsync("ada", 50m)).ReturnsAsync(true);

        var result = await CreateService().PlaceAsync(TwoLamps());

        Assert.IsTrue(result.Success);
    }

    [TestMethod]
    public void Service_CanBeCreated() // plant: FH1302
    {
        var service = CreateService();
        Assert.IsNotNull(service);
    }

    [TestMethod]
    public async Task PlaceAsync_LogsNothingWhenDeclined() // plant: FH1301
    {
        var logger = new Mock<ILogger<OrderService>>(); // plant: FH1104, FH1106
        _payments.Setup(p => p.ChargeAsync(It.IsAny<string>(), It.IsAny<decimal>())).ReturnsAsync(false);

        await CreateService().PlaceAsync(TwoLamps());
    }
}
