using Microsoft.VisualStudio.TestTools.UnitTesting;
using Moq;

namespace Shop.Tests.Unit;

// SendAsync and DeleteAsync are HTTP verbs by name, but here they are called on objects the test builds itself
// (a notifier, an in-memory store) or only described in a mock's Verify: nothing leaves the process.
[TestClass]
public class NotifierTests
{
    [TestMethod]
    public async Task SendAsync_HandsTheMailToTheTransport()
    {
        var transport = new Mock<IMailTransport>();
        var notifier = new EmailNotifier(transport.Object);

        await notifier.SendAsync("ada", "order placed");
        await new EmailNotifier(transport.Object).SendAsync("bob", "order shipped");

        transport.Verify(t => t.SendAsync(It.Is<Mail>(m => m.To == "ada")), Times.Once);
    }

    [TestMethod]
    public async Task DeleteAsync_ForgetsTheOrder()
    {
        var store = new InMemoryOrderStore();
        await store.DeleteAsync("A-1");
        var mock = new Mock<IOrderStore>();
        await mock.Object.DeleteAsync("A-1");
        Assert.AreEqual(0, store.Count);
    }
}
