using FloeHarden.Core.Tests.Support;
using FloeHarden.Core.Values;

namespace FloeHarden.Core.Tests.Values;

[TestClass]
public sealed class ValuesFlattenerTests
{
    private static ValuesFile Parse(string name) =>
        ValuesFlattener.Parse(File.ReadAllText(Path.Combine(Fixtures.Root, "Values", name)), $"charts/{name}", name);

    private static Dictionary<string, ValuesScalar> ByKey(ValuesFile file) => file.Scalars.ToDictionary(s => s.KeyPath);

    [TestMethod]
    public void MergeKey_BringsAnchoredEntries_ButLocalKeysWin()
    {
        var scalars = ByKey(Parse("anchors.yaml"));

        Assert.AreEqual("us-east-1", scalars["minio.region"].Value);
        Assert.AreEqual(7, scalars["minio.region"].Line);
        Assert.AreEqual("http://minio:9000", scalars["minio.endpoint"].Value);
        Assert.AreEqual(4, scalars["minio.endpoint"].Line, "a merged value keeps the line where it is written");
    }

    [TestMethod]
    public void Alias_ResolvesToTheAnchoredScalar()
    {
        var scalars = ByKey(Parse("anchors.yaml"));

        Assert.AreEqual("minioadmin123", scalars["polaris.storage.password"].Value);
        Assert.AreEqual(8, scalars["polaris.storage.password"].Line);
    }

    [TestMethod]
    public void Lists_AreIndexed_AndDottedKeysAreQuoted()
    {
        var scalars = ByKey(Parse("anchors.yaml"));

        Assert.AreEqual("warehouse", scalars["polaris.buckets[0].name"].Value);
        Assert.AreEqual("false", scalars["polaris.buckets[0].public"].Value);
        Assert.AreEqual("staging", scalars["polaris.buckets[1].name"].Value);
        Assert.AreEqual(15, scalars["polaris.buckets[1].name"].Line);
        Assert.AreEqual("true", scalars["polaris.annotations[\"prometheus.io/scrape\"]"].Value);
    }

    [TestMethod]
    public void NullAndEmptyValues_AreNotScalars_ButAQuotedEmptyStringIs()
    {
        var scalars = ByKey(Parse("anchors.yaml"));

        Assert.IsFalse(scalars.ContainsKey("polaris.empty"));
        Assert.IsFalse(scalars.ContainsKey("polaris.nothing"));
        Assert.AreEqual("", scalars["polaris.quotedEmpty"].Value);
    }

    [TestMethod]
    public void EveryDocumentOfAMultiDocumentFile_IsFlattened()
    {
        var file = Parse("multi-doc.yaml");

        var namespaces = file.Scalars.Where(s => s.KeyPath == "namespace").Select(s => (s.Value, s.Document, s.Line)).ToList();
        CollectionAssert.AreEqual(new[] { ("floe", 0, 2), ("floe-test", 1, 5) }, namespaces);
        Assert.AreEqual("3", file.Scalars.Single(s => s.KeyPath == "replicas").Value);
        Assert.AreEqual(0, file.Problems.Length);
    }

    [TestMethod]
    public void BrokenYaml_IsAProblemWithItsLine()
    {
        var file = Parse("broken.yaml");

        Assert.AreEqual(1, file.Problems.Length);
        var problem = file.Problems[0];
        Assert.AreEqual("broken.yaml", problem.File);
        Assert.AreEqual(4, problem.Line, problem.Message);
        StringAssert.StartsWith(problem.Message, "invalid YAML in values file: ");
    }

    [TestMethod]
    public void BrokenSecondDocument_KeepsTheFirstDocumentsScalars()
    {
        var file = Parse("broken-second-doc.yaml");

        Assert.AreEqual(1, file.Problems.Length);
        Assert.AreEqual(4, file.Problems[0].Line, file.Problems[0].Message);
        Assert.AreEqual("from-first-document", ByKey(file)["kept"].Value);
    }

    [TestMethod]
    public void ErrorAtTheEndOfTheFile_IsReportedOnTheLastLineWithText()
    {
        var file = Parse("unterminated.yaml");

        Assert.AreEqual(1, file.Problems.Length);
        Assert.AreEqual(3, file.Problems[0].Line, file.Problems[0].Message);
    }

    [TestMethod]
    public void Segment_QuotesKeysThatAreNotPlainNames()
    {
        Assert.AreEqual("a.b", ValuesFlattener.Segment("a", "b"));
        Assert.AreEqual("b", ValuesFlattener.Segment("", "b"));
        Assert.AreEqual("a[\"x.y\"]", ValuesFlattener.Segment("a", "x.y"));
        Assert.AreEqual("[\"my key\"]", ValuesFlattener.Segment("", "my key"));
    }
}
