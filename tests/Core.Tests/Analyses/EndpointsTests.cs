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
    public void Find_IgnoresAddressesThatAreNotServiceEndpoints(string literal)
    {
        Assert.AreEqual("", string.Join(",", Endpoints.Find(literal).Select(e => e.Authority)));
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
