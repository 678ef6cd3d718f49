using System.Threading.Tasks;
using FakeItEasy;
using Moq;
using NSubstitute;
using Xunit;

namespace Shop.UnitTests;

public class CheckoutServiceTests
{
    private readonly Mock<IOrderRepository> _orders = new();

    public CheckoutServiceTests()
    {
        _orders.Setup(r => r.SaveAsync(It.IsAny<Order>())).ReturnsAsync(true);
        _orders.Setup(r => r.GetAsync("A-1")).ReturnsAsync(new Order("A-1"));
    }

    [Fact]
    public async Task Checkout_SavesPublishesAndMails()
    {
        var bus = Substitute.For<IEventBus>();
        bus.PublishAsync(Arg.Any<OrderPlaced>()).Returns(Task.CompletedTask);
        var mailer = A.Fake<IMailer>();
        A.CallTo(() => mailer.SendAsync(A<Mail>._)).Returns(true);
        var audit = new Mock<IAuditLog>(MockBehavior.Strict);
        audit.Setup(a => a.Write(It.IsAny<string>())).Verifiable();

        var receipt = await new CheckoutService(_orders.Object, bus, mailer, audit.Object).CheckoutAsync("A-1");

        Assert.Equal("A-1", receipt.OrderId);
        _orders.Verify(r => r.SaveAsync(It.Is<Order>(o => o.Id == "A-1")), Times.Once);
        await bus.Received(1).PublishAsync(Arg.Is<OrderPlaced>(e => e.OrderId == "A-1"));
        A.CallTo(() => mailer.SendAsync(A<Mail>._)).MustHaveHappenedOnceExactly();
        audit.VerifyAll();
    }

    [Fact]
    public async Task Lookup_OnlyStubsReads()
    {
        var orders = new Mock<IOrderRepository>();
        orders.Setup(r => r.GetAsync("A-1")).ReturnsAsync(new Order("A-1"));

        var order = await new OrderQuery(orders.Object).FindAsync("A-1");

        Assert.Equal("A-1", order.Id);
    }
}
