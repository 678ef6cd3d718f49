using FloeHarden.Core.Model;

namespace FloeHarden.Core.Tests.Python;

[TestClass]
public sealed class PythonEnvironmentTests
{
    private const string File = "tests/integration/test_environment.py";

    [TestMethod]
    public void RealServiceClients_AreResourceTouches()
    {
        var touches = PythonFixtures.Unit(File, "test_touches_everything").Touches;

        CollectionAssert.AreEqual(
            new[]
            {
                new ResourceTouch(46, ResourceKind.Network, "requests.get"),
                new ResourceTouch(47, ResourceKind.Cluster, "kubernetes.config.load_kube_config"),
                new ResourceTouch(48, ResourceKind.Cluster, "kubernetes.client.CoreV1Api"),
                new ResourceTouch(49, ResourceKind.Process, "subprocess.run"),
                new ResourceTouch(50, ResourceKind.Sleep, "time.sleep"),
                new ResourceTouch(51, ResourceKind.Environment, "os.environ[...]"),
            },
            touches.ToArray());
    }

    [TestMethod]
    public void EnvironmentDefaultsFieldsAndConstants_AreConfigDefaults()
    {
        var defaults = PythonFixtures.File(File).ConfigDefaults;

        CollectionAssert.IsSubsetOf(
            new[]
            {
                new ConfigDefault(11, "MINIO_HOST", "minio.platform.svc:9000", "constant"),
                new ConfigDefault(12, "BUCKET", "warehouse", "environ"),
                new ConfigDefault(13, "MINIO_SECRET_KEY", "minioadmin", "environ"),
                new ConfigDefault(18, "Settings.catalog", "polaris", "field"),
                new ConfigDefault(22, "host", "localhost", "parameter"),
            },
            defaults.ToArray());
    }

    [TestMethod]
    public void DualModeCode_IsAMockFallback_AtTheExceptOrIfLine()
    {
        var fallbacks = PythonFixtures.File(File).Fallbacks;

        CollectionAssert.AreEquivalent(
            new[] { (30, "get_effective_host"), (26, "get_effective_host"), (37, "make_catalog"), (42, "storage_client") },
            fallbacks.Select(f => (f.Line, f.Container)).ToArray());
        Assert.AreEqual("except → MagicMock()", fallbacks.Single(f => f.Line == 37).Evidence);
    }

    [TestMethod]
    public void Literals_CarryTheNameTheyAreGivenTo()
    {
        var literals = PythonFixtures.File(File).Literals;

        CollectionAssert.Contains(literals.ToArray(), new LiteralValue(58, "floe-test", "X-Namespace"));
        CollectionAssert.Contains(literals.ToArray(), new LiteralValue(11, "minio.platform.svc:9000", "MINIO_HOST"));
        CollectionAssert.Contains(literals.ToArray(), new LiteralValue(46, "http://polaris:8181/api/catalog/v1/config", "get"));
    }

    [TestMethod]
    public void ReferencedNames_IncludeIdentifiersAndAttributes_NotNamesOnlyDeclared()
    {
        var names = PythonFixtures.File(File).ReferencedNames;

        CollectionAssert.IsSubsetOf(new[] { "requests", "CoreV1Api", "list_namespaced_pod", "connect" }, names.ToArray());
        CollectionAssert.DoesNotContain(names.ToArray(), "Settings", "class Settings is declared and never used in its file");
    }
}
