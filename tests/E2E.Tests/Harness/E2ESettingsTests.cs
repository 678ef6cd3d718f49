using FloeHarden.E2E.Harness.Settings;

namespace FloeHarden.E2E.Tests.Harness;

[TestClass]
public sealed class E2ESettingsTests
{
    private static E2ESettings Parse(params (string Name, string? Value)[] variables) =>
        E2ESettings.FromVariables(variables.ToDictionary(v => v.Name, v => v.Value));

    [TestMethod]
    public void NoVariables_GiveTheDocumentedDefaults()
    {
        var settings = Parse();

        Assert.AreEqual(new Uri("http://localhost:3100/"), settings.DagsterUrl);
        Assert.AreEqual(new Uri("http://localhost:8181/"), settings.PolarisUrl);
        Assert.AreEqual(new Uri("http://localhost:8182/"), settings.PolarisManagementUrl);
        Assert.AreEqual(new Uri("http://localhost:5100/"), settings.MarquezUrl);
        Assert.AreEqual(new Uri("http://localhost:4318/"), settings.OtlpHttpUrl);
        Assert.AreEqual("kind-floe", settings.KubeContext);
        Assert.AreEqual("floe-test", settings.Namespace);
        Assert.AreEqual("floe-platform", settings.Release);
        Assert.AreEqual("floe-demo", settings.PolarisCatalog);
        Assert.AreEqual(JaegerApiVersion.Auto, settings.JaegerApi);
        Assert.AreEqual(TimeSpan.FromSeconds(3), settings.ProbeTimeout);
        Assert.IsNull(settings.Repo);
        Assert.IsNull(settings.AllowContext);
    }

    [TestMethod]
    public void EachDefault_MatchesTheCatalog()
    {
        var settings = Parse();

        Assert.AreEqual(SettingVariables.JaegerUrl.Default + "/", settings.JaegerUrl.ToString());
        Assert.AreEqual(SettingVariables.CubeUrl.Default + "/", settings.CubeUrl.ToString());
        Assert.AreEqual(SettingVariables.MinioUrl.Default + "/", settings.MinioUrl.ToString());
        Assert.AreEqual(SettingVariables.PolarisClientId.Default, settings.PolarisClientId);
        Assert.AreEqual(SettingVariables.RunTimeout.Default, settings.RunTimeout.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [TestMethod]
    public void UrlWithAPath_KeepsThePathAndGainsATrailingSlash()
    {
        var settings = Parse(("FLOE_DAGSTER_URL", "https://dagster.example:8443/prefix"));

        Assert.AreEqual("https://dagster.example:8443/prefix/", settings.DagsterUrl.ToString());
        Assert.AreEqual("https://dagster.example:8443/prefix/graphql", new Uri(settings.DagsterUrl, "graphql").ToString());
    }

    [TestMethod]
    public void BlankVariable_FallsBackToTheDefault()
    {
        var settings = Parse(("FLOE_NAMESPACE", "   "), ("FLOE_KUBE_CONTEXT", ""));

        Assert.AreEqual("floe-test", settings.Namespace);
        Assert.AreEqual("kind-floe", settings.KubeContext);
    }

    [TestMethod]
    public void Overrides_AreTrimmedAndParsed()
    {
        var settings = Parse(("FLOE_KUBE_CONTEXT", " kind-other "), ("FLOE_JAEGER_API", "V3"), ("FLOE_E2E_PROBE_TIMEOUT", "0.5"), ("FLOE_E2E_ALLOW_CONTEXT", "staging"));

        Assert.AreEqual("kind-other", settings.KubeContext);
        Assert.AreEqual(JaegerApiVersion.V3, settings.JaegerApi);
        Assert.AreEqual(TimeSpan.FromMilliseconds(500), settings.ProbeTimeout);
        Assert.AreEqual("staging", settings.AllowContext);
    }

    [TestMethod]
    [DataRow("localhost:3000")]
    [DataRow("ftp://localhost/")]
    [DataRow("http://localhost:3000/?x=1")]
    [DataRow("not a url")]
    public void MalformedUrl_IsReportedWithItsVariableAndDefault(string value)
    {
        var error = Assert.ThrowsExactly<SettingsException>(() => Parse(("FLOE_DAGSTER_URL", value)));

        Assert.HasCount(1, error.Problems);
        Assert.AreEqual($"FLOE_DAGSTER_URL='{value}' is not an absolute http(s) URL without query or fragment (default: http://localhost:3100).", error.Problems[0]);
    }

    [TestMethod]
    public void EveryProblem_IsListedAtOnce()
    {
        var error = Assert.ThrowsExactly<SettingsException>(() => Parse(
            ("FLOE_MARQUEZ_URL", "marquez"),
            ("FLOE_NAMESPACE", "Floe_Test"),
            ("FLOE_E2E_RUN_TIMEOUT", "-1"),
            ("FLOE_JAEGER_API", "v2")));

        Assert.HasCount(4, error.Problems);
        StringAssert.StartsWith(error.Problems[0], "FLOE_MARQUEZ_URL='marquez'");
        Assert.AreEqual("FLOE_NAMESPACE='Floe_Test' is not a valid name (default: floe-test).", error.Problems[1]);
        Assert.AreEqual("FLOE_JAEGER_API='v2' must be one of auto, v1, v3 (default: auto).", error.Problems[2]);
        Assert.AreEqual("FLOE_E2E_RUN_TIMEOUT='-1' must be a number of seconds greater than 0 and at most 7200 (default: 900).", error.Problems[3]);
        StringAssert.Contains(error.Message, "  - FLOE_NAMESPACE='Floe_Test'");
    }

    [TestMethod]
    public void RepoThatDoesNotExist_IsAnError()
    {
        var missing = Path.Combine(Path.GetTempPath(), "floe-missing-" + Guid.NewGuid().ToString("N"));

        var error = Assert.ThrowsExactly<SettingsException>(() => Parse(("FLOE_REPO", missing)));

        Assert.AreEqual($"FLOE_REPO='{missing}' is not an existing directory.", error.Problems.Single());
    }

    [TestMethod]
    public void RepoThatExists_IsMadeAbsolute()
    {
        var directory = Directory.CreateTempSubdirectory("floe-repo-");
        try
        {
            var settings = Parse(("FLOE_REPO", directory.FullName + Path.DirectorySeparatorChar));

            Assert.AreEqual(Path.GetFullPath(directory.FullName + Path.DirectorySeparatorChar), settings.Repo);
        }
        finally
        {
            directory.Delete();
        }
    }

    [TestMethod]
    public void VariableNames_AreUniqueAndAllStartWithFloe()
    {
        var names = SettingVariables.All.Select(v => v.Name).ToList();

        Assert.HasCount(names.Count, names.Distinct().ToList());
        Assert.IsTrue(names.All(n => n.StartsWith("FLOE_", StringComparison.Ordinal)), string.Join(", ", names));
    }
}
