using System.Net.Mail;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Moq;

namespace Orders.Plugin.Notifications.UnitTests;

[TestClass]
public sealed class EmailNotifierTests
{
    private readonly Mock<ICustomerDirectory> _customers = new();

    public EmailNotifierTests() => _customers.Setup(c => c.EmailOfAsync("ada")).ReturnsAsync("ada@example.com");

    [TestMethod]
    public async Task SendAsync_MailsTheCustomerAboutTheirOrder()
    {
        var transport = new Mock<IMailTransport>();

        await new EmailNotifier(transport.Object, _customers.Object, "shop@example.com").SendAsync("ada", "order A-1 placed");

        transport.Verify(t => t.SendAsync(It.Is<MailMessage>(m => m.To[0].Address == "ada@example.com" && m.Subject == "Your order: order A-1 placed")), Times.Once);
    }

    [TestMethod]
    public async Task SendAsync_DeliversThroughSmtp() // plant: FH1502
    {
        var notifier = new EmailNotifier(new SmtpTransport("localhost", 1025), _customers.Object, "shop@example.com");

        await notifier.SendAsync("ada", "order A-2 placed");

        using var mailpit = new HttpClient();
        var inbox = await mailpit.GetStringAsync("http://localhost:8025/api/v1/messages"); // plant: FH1203
        StringAssert.Contains(inbox, "order A-2 placed");
    }
}
