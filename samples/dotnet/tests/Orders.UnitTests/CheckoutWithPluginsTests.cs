using System.Net.Mail;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Moq;
using Orders.Plugin.Notifications;
using Orders.Plugin.Payments;
using Orders.UnitTests.Doubles;

namespace Orders.UnitTests;

[TestClass]
public sealed class CheckoutWithPluginsTests
{
    [TestMethod]
    public async Task PlaceAsync_CapturesTheCardPaymentAndMailsTheCustomer() // plant: FH1504
    {
        var processor = new Mock<ICardProcessor>();
        processor.Setup(p => p.AuthorizeAsync("ada", 5000)).ReturnsAsync("auth-7");
        processor.Setup(p => p.CaptureAsync("auth-7")).ReturnsAsync(true);
        var customers = new Mock<ICustomerDirectory>();
        customers.Setup(c => c.EmailOfAsync("ada")).ReturnsAsync("ada@example.com");
        var mail = new Mock<IMailTransport>();
        var repository = new Mock<IOrderRepository>();
        var service = new OrderService(
            repository.Object,
            new CardPaymentGateway(processor.Object),
            new EmailNotifier(mail.Object, customers.Object, "shop@example.com"),
            new PriceCalculator(new FakeClock(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero))));

        var result = await service.PlaceAsync(new Order("A-7", "ada", [new OrderLine("LAMP", 2, 25m)]));

        Assert.AreEqual(50m, result.Charged);
        repository.Verify(r => r.SaveAsync(It.Is<Order>(o => o.Id == "A-7")), Times.Once);
        mail.Verify(m => m.SendAsync(It.Is<MailMessage>(x => x.Body == "order A-7 placed")), Times.Once);
    }
}
