using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Moq;

namespace Shop.IntegrationTests;

[TestClass]
[TestCategory("Integration")]
public class OrderPublishingTests
{
    private readonly HttpClient _http = new();

    [TestMethod]
    public async Task Publish_IsReadBackFromTheQueue()
    {
        var broker = new BrokerClient("amqp://broker");
        var result = await new OrderPublisher(broker).PublishAsync(new Order("A-1"));

        var delivered = await broker.ReceiveAsync("orders");
        Assert.IsTrue(result.Success);
        Assert.AreEqual("A-1", delivered.Id);
    }

    [TestMethod]
    public async Task Post_IsReadBack()
    {
        var response = await _http.PostAsync("orders", new StringContent("{}"));
        Assert.IsTrue(response.IsSuccessStatusCode);

        var order = await _http.GetStringAsync("orders/A-1");
        Assert.AreEqual("{\"id\":\"A-1\"}", order);
    }

    [TestMethod]
    public async Task Publish_IsVerifiedOnTheCollaborator()
    {
        var broker = new Mock<IBroker>();
        var result = await new OrderPublisher(broker.Object).PublishAsync(new Order("A-1"));

        Assert.IsTrue(result.Success);
        broker.Verify(b => b.SendAsync("orders", It.Is<Order>(o => o.Id == "A-1")), Times.Once);
    }

    [TestMethod]
    public async Task Save_ChangesTheStoreState()
    {
        var store = new InMemoryOrderStore();
        var saved = await new OrderService(store).SaveAsync(new Order("A-1"));

        Assert.IsTrue(saved.Success);
        Assert.AreEqual(1, store.Count);
    }

    [TestMethod]
    public void Factory_IsNotASideEffect()
    {
        var order = Order.Create("A-1");
        var sut = CreateSut();

        Assert.AreEqual("A-1", order.Id);
        Assert.AreEqual("A-1", sut.Describe(order));
    }

    [TestMethod]
    public async Task Rejects_InvalidOrder()
    {
        await Assert.ThrowsExceptionAsync<InvalidOrderException>(() => new OrderService(new InMemoryOrderStore()).SaveAsync(new Order("")));
    }

    private static OrderService CreateSut() => new(new InMemoryOrderStore());
}
