using System.Net.Mail;

namespace Orders.Plugin.Notifications;

public interface ICustomerDirectory
{
    Task<string> EmailOfAsync(string customer);
}

public interface IMailTransport
{
    Task SendAsync(MailMessage mail);
}

/// <summary>Tells customers about their orders by e-mail.</summary>
public sealed class EmailNotifier(IMailTransport transport, ICustomerDirectory customers, string from) : INotifier
{
    public static MailMessage Compose(string from, string to, string message) => new(from, to, $"Your order: {message}", message);

    public async Task SendAsync(string customer, string message)
    {
        using var mail = Compose(from, await customers.EmailOfAsync(customer), message);
        await transport.SendAsync(mail);
    }
}

/// <summary>Delivers mail through an SMTP server.</summary>
public sealed class SmtpTransport(string host, int port) : IMailTransport
{
    public async Task SendAsync(MailMessage mail)
    {
        using var client = new SmtpClient(host, port);
        await client.SendMailAsync(mail);
    }
}
