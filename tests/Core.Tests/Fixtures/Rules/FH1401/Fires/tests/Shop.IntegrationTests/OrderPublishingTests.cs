using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.IntegrationTests;

[TestClass]
[TestCategory("Integration")]
public class OrderPublishingTests
{
    private readonly OrderPublisher _publisher = new(new BrokerClient("amqp://broker"));
    private readonly HttpClient _http = new();

    [TestMethod]
    public async Task Publish_Succeeds() // plant: FH1401
    {
        var result = await _publisher.PublishAsync(new Order("A-1"));

        Assert.IsTrue(result.Success);
    }

    [TestMethod]
    public async Task Post_ReturnsCreated() // plant: FH1401
    {
        var response = await _http.PostAsync("orders", new StringContent("{}"));

        Assert.AreEqual(HttpStatusCode.Created, response.StatusCode);
        Assert.IsTrue(response.IsSuccessStatusCode);
    }

    [TestMethod]
    public async Task Delete_Inline() // plant: FH1401
    {
        Assert.IsTrue((await _publisher.DeleteQueueAsync("orders")).Succeeded);
    }
}
