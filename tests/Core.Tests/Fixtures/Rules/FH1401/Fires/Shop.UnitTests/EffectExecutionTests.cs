using System.Net.Http;
using System.Text;
using RestSharp;
using NUnit.Framework;
using static Shop.Accounts;

namespace Shop.UnitTests;

/// <summary>Executions that write, and receivers that are services: still effects whose result is no proof.</summary>
public class EffectExecutionTests
{
    private readonly RestClient _client = new("http://localhost:5000");

    [Test]
    public async Task Post_CreatesPerson() // plant: FH1401
    {
        var response = await _client.ExecuteAsync(new RestRequest("people", Method.Post));
        Assert.AreEqual(HttpStatusCode.Created, response.StatusCode);
    }

    [Test]
    public async Task Request_WithMethodSetLater() // plant: FH1401
    {
        var request = new RestRequest("people/1");
        request.Method = Method.Delete;
        var response = await _client.ExecuteAsync(request);
        Assert.IsTrue(response.IsSuccessful);
    }

    [Test]
    public async Task Message_IsPosted() // plant: FH1401
    {
        var response = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Post, "/people"));
        Assert.IsTrue(response.IsSuccessStatusCode);
    }

    [Test]
    public void Key_IsSet() // plant: FH1401
    {
        var reply = db.Execute("SET", "a", "1");
        Assert.AreEqual("OK", reply.ToString());
    }

    [Test]
    public async Task Account_IsCreatedByAnAsyncStaticImport() // plant: FH1401
    {
        var account = await CreateAccountAsync("ada");
        Assert.AreEqual("ada", account.Name);
    }

    [Test]
    public void Order_IsRemovedFromTheCache() // plant: FH1401
    {
        var cache = new OrderCache();
        var removed = cache.Remove("A-1");
        Assert.IsTrue(removed);
    }

    [Test]
    public void Queue_IsCreatedOnTheChannel() // plant: FH1401
    {
        var queue = Channel.CreateQueue("orders");
        Assert.AreEqual("orders", queue.Name);
    }
}
