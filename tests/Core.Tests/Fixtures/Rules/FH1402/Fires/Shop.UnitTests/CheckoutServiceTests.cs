using System.Threading.Tasks;
using FakeItEasy;
using Moq;
using NSubstitute;
using Xunit;

namespace Shop.UnitTests;

public class CheckoutServiceTests
{
    private readonly Mock<IOrderRepository> _orders = new(); // plant: FH1402

    public CheckoutServiceTests()
    {
        _orders.Setup(r => r.SaveAsync(It.IsAny<Order>())).ReturnsAsync(true);
        _orders.Setup(r => r.GetAsync("A-1")).ReturnsAsync(new Order("A-1"));
    }

    [Fact]
    public async Task Checkout_ReturnsReceipt()
    {
        var bus = Substitute.For<IEventBus>(); // plant: FH1402
        bus.PublishAsync(Arg.Any<OrderPlaced>()).Returns(Task.CompletedTask);
        var mailer = A.Fake<IMailer>(); // plant: FH1402
        A.CallTo(() => mailer.SendAsync(A<Mail>._)).Returns(true);
        var audit = new Mock<IAuditLog>(); // plant: FH1402
        audit.Setup(a => a.Write(It.IsAny<string>()));
        audit.Setup(a => a.DeleteOlderThan(30)).Returns(0);
        audit.Verify(a => a.Write("checkout"));

        var receipt = await new CheckoutService(_orders.Object, bus, mailer, audit.Object).CheckoutAsync("A-1");

        Assert.Equal("A-1", receipt.OrderId);
    }
}
