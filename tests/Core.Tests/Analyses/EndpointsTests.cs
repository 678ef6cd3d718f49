using FloeHarden.Core.Analyses.Values;

namespace FloeHarden.Core.Tests.Analyses;

[TestClass]
public sealed class EndpointsTests
{
    [TestMethod]
    [DataRow("localhost:3000", "localhost:3000")]
    [DataRow("http://svc:8181", "svc:8181")]
    [DataRow("127.0.0.1:5432", "127.0.0.1:5432")]
    [DataRow("svc.ns.svc.cluster.local", "svc.ns.svc.cluster.local")]
    [DataRow("http://polaris.floe.svc.cluster.local:8181/api/catalog", "polaris.floe.svc.cluster.local:8181")]
    [DataRow("https://LOCALHOST/health", "localhost")]
    [DataRow("Host=db.internal;Port=5432;Database=shop", "db.internal:5432")]
    [DataRow("Server=localhost;Database=shop", "localhost")]
    [DataRow("jdbc:postgresql://postgres:5432/floe", "postgres:5432")]
    [DataRow("calling minio:9000 now", "minio:9000")]
    [DataRow("http://grafana/api/health", "grafana")]
    [DataRow("https://user:pw@db.internal:6543/", "db.internal:6543")]
    [DataRow("http://localhost:8080 is down", "localhost:8080")]
    [DataRow("see http://svc:8181.", "svc:8181")]
    [DataRow("mongodb://mongo:27017,mongo2:27017/shop", "mongo:27017,mongo2:27017")]
    [DataRow("http://[::1]:8080/", "[::1]:8080")]
    [DataRow("redis:6379", "redis:6379")]
    public void Find_RecognisesServiceEndpoints(string literal, string authority)
    {
        var found = Endpoints.Find(literal);

        Assert.AreEqual(authority, string.Join(",", found.Select(e => e.Authority)));
    }

    [TestMethod]
    [DataRow("https://www.w3.org/2001/XMLSchema")]
    [DataRow("https://github.com/floeharden/floeharden")]
    [DataRow("https://example.com:8443/docs")]
    [DataRow("http://api.shop.test:80")]
    [DataRow("12:30")]
    [DataRow("Error:404")]
    [DataRow("status:200")]
    [DataRow("urn:shop:order:1234")]
    [DataRow("file:///tmp/x")]
    [DataRow("http://host:8080")]
    [DataRow("v1.2.3")]
    [DataRow("https://exam le.com/")]
    [DataRow("https://u:p@[invalid!]//evil/path")]
    [DataRow("https://999.999.999.999/")]
    [DataRow("https://999.999.999.999:80/")]
    [DataRow("http://[2001]/")]
    [DataRow("http://svc:abc/")]
    [DataRow("http://%73vc:8080/")]
    [DataRow("http://192.0.2.10:8080/")]
    [DataRow("http://[2001:db8::1]:443/")]
    [DataRow("http://localhost:1")]
    [DataRow("http://127.0.0.1:0/")]
    [DataRow("http://0.0.0.0:8080")]
    [DataRow("user:1000")]
    [DataRow("session:12345")]
    [DataRow("cache:1010")]
    [DataRow(@"^https://legacy\.(.*)+/?(.*)?$")]
    [DataRow(@"^https://files\.pythonhosted\.org/.*$")]
    public void Find_IgnoresAddressesThatAreNotServiceEndpoints(string literal)
    {
        Assert.AreEqual("", string.Join(",", Endpoints.Find(literal).Select(e => e.Authority)));
    }

    [TestMethod]
    [DataRow("urlsplit", true)]
    [DataRow("URL", true)]
    [DataRow("Request.prepare", true)]
    [DataRow("Uri.TryCreate", true)]
    [DataRow("Uri.Host", true)]
    [DataRow("UriBuilder.Port", true)]
    [DataRow("Uri.Parts", true)]
    [DataRow("(key)", true)]
    [DataRow("(asserted)", false)]
    [DataRow("Uri", false)]
    [DataRow("get", false)]
    [DataRow("BaseAddress", false)]
    [DataRow(null, false)]
    public void IsUrlData_IsTrueForUrlParsersAndModels(string? context, bool expected)
    {
        Assert.AreEqual(expected, Endpoints.IsUrlData(context));
    }

    [TestMethod]
    [DataRow("(asserted)", true)]
    [DataRow("(row)", true)]
    [DataRow("(parsed)", true)]
    [DataRow("(key)", false)]
    [DataRow("Parse", false)]
    [DataRow(null, false)]
    public void IsTestData_IsTrueForComparedValuesRowsAndParserInputs(string? context, bool expected)
    {
        Assert.AreEqual(expected, Endpoints.IsTestData(context));
    }

    [TestMethod]
    public void Find_ReportsEachEndpointOnce()
    {
        var found = Endpoints.Find("http://localhost:3000 then localhost:3000 then http://minio:9000");

        CollectionAssert.AreEqual(new[] { "localhost:3000", "minio:9000" }, found.Select(e => e.Authority).ToArray());
    }

    [TestMethod]
    public void Parse_ReadsBareHostsFromValues()
    {
        Assert.AreEqual("polaris", Endpoints.Parse("polaris.floe.svc.cluster.local")!.ServiceName);
        Assert.AreEqual("minio", Endpoints.Parse("minio")!.Host);
        Assert.IsNull(Endpoints.Parse("not an address"));
    }
}
