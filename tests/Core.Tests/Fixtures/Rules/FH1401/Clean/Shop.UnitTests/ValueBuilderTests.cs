using System.Net.Http;
using System.Text;
using Npgsql;
using RestSharp;
using NUnit.Framework;
using static Shop.Expiration;

namespace Shop.UnitTests;

/// <summary>Calls named like effects that make or read values: object factories, converters, in-memory builders, reads.</summary>
public class ValueBuilderTests
{
    private readonly PropertyValueConverter _converter = new();
    private readonly RestClient _client = new("http://localhost:5000");

    [Test]
    public void Tenant_ConnectionPointsAtItsCatalog()
    {
        var tenant = new Tenant("tenant1", NpgsqlDataSource.Create("Host=localhost;Database=tenant1"));
        Assert.AreEqual("tenant1", tenant.DataSource.CreateConnection().Database);
    }

    [Test]
    public void Converter_WrapsTheValue()
    {
        var value = _converter.CreatePropertyValue(42);
        Assert.AreEqual(42, value.Value);
    }

    [Test]
    public void Persist_WhenNoTtl()
    {
        var expiration = CreateOrPersist(null);
        Assert.AreEqual("PERSIST", expiration.Text);
    }

    [Test]
    public void LongStrings_RoundTrip()
    {
        var sb = new StringBuilder();
        sb.Append('x', 150);
        var expected = sb.ToString();
        Assert.AreEqual(expected, WriteAndReadStringValue(expected));
    }

    [Test]
    public void ImplicitChannel_IsImplicit()
    {
        var channel = PackageChannel.CreateImplicitChannel("nuget");
        Assert.IsTrue(channel.Implicit);
    }

    [Test]
    public async Task Get_ReturnsPerson()
    {
        var request = new RestRequest("people/1");
        var response = await _client.ExecuteAsync<Person>(request);
        Assert.AreEqual("Bob", response.Data!.Name);
    }

    [Test]
    public async Task ExplicitGet_ReturnsPerson()
    {
        var response = await _client.ExecuteGetAsync<Person>(new RestRequest("people/1"));
        Assert.AreEqual("Bob", response.Data!.Name);
    }

    [Test]
    public async Task Get_MethodSpelledOut()
    {
        var response = await _client.ExecuteAsync(new RestRequest("people/1", Method.Get));
        Assert.AreEqual("{\"name\":\"Bob\"}", response.Content);
    }

    [Test]
    public async Task Head_OfAMessage()
    {
        var response = await _http.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/people/1"));
        Assert.AreEqual(12, response.Content.Headers.ContentLength);
    }

    [Test]
    public void Exists_AfterDelete()
    {
        db.Execute("DEL", "a");
        Assert.AreEqual(0, (int)db.Execute("EXISTS", "a"));
    }

    [TestCase("Title Case", "TITLE CASE")]
    [TestCase("lower", "LOWER")]
    public void ApplyCase_Upper(string input, string expected)
    {
        Assert.AreEqual(expected, input.ApplyCase(LetterCasing.Upper));
    }

    private static string WriteAndReadStringValue(string value)
    {
        var writer = new JsonTextWriter(new StringWriter());
        writer.WriteValue(value);
        return new JsonTextReader(new StringReader(writer.ToString())).ReadAsString();
    }
}
