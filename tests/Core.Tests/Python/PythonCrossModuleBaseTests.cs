using FloeHarden.Core.Caching;
using FloeHarden.Core.Discovery;
using FloeHarden.Core.Frontends;
using FloeHarden.Core.Frontends.Python;
using FloeHarden.Core.Model;

namespace FloeHarden.Core.Tests.Python;

/// <summary>A class whose unittest base is defined in another module (directly, through more classes or an alias) is a test class.</summary>
[TestClass]
public sealed class PythonCrossModuleBaseTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Fixtures", "PythonCrossModule");

    private static readonly string[] Expected =
    [
        "OrderChecks.test_add", "QueryChecks.test_query", "ModuleQualified.test_qualified", "TypesSuite.test_join", "SkippedChecks.test_skipped",
        "NarrowedByImport.test_base_module_is_the_one_imported",
    ];

    [TestMethod]
    public void ClassesReachingAUnittestBaseInAnotherModule_AreTestClasses()
    {
        var file = PythonFixtures.ParseTree(Root).Single(f => f.Path == "tests/test_orders.py");

        CollectionAssert.AreEqual(Expected, file.Tests.Select(t => t.QualifiedName).ToArray());
        Assert.AreEqual(CodeUnitKind.Helper, file.Units.Single(u => u.Name == "build").Kind);
        Assert.AreEqual(CodeUnitKind.Helper, file.Units.Single(u => u.Name == "test_not_collected").Kind);
        Assert.AreEqual(CodeUnitKind.Helper, file.Units.Single(u => u.Name == "test_not_collected_either").Kind);
        CollectionAssert.AreEqual(
            new[] { "OrderChecks", "QueryChecks", "ModuleQualified", "TypesSuite", "SkippedChecks", "NarrowedByImport" },
            file.Types.Where(t => t.HasTests).Select(t => t.Name).ToArray());
    }

    [TestMethod]
    public void APlainLocalClassNamedLikeATestBase_IsNoUnittestBase()
    {
        var file = PythonFixtures.ParseTree(Root).Single(f => f.Path == "tests/test_local_base.py");

        Assert.AreEqual(0, file.Tests.Count());
        Assert.AreEqual(CodeUnitKind.Helper, file.Units.Single(u => u.Name == "test_storage").Kind);
    }

    [TestMethod]
    public void APromotedTest_GetsItsClassAndModuleMarkers()
    {
        var file = PythonFixtures.ParseTree(Root).Single(f => f.Path == "tests/test_orders.py");
        var skipped = file.Units.Single(u => u.Name == "test_skipped");

        Assert.AreEqual(new SkipSite(42, SkipKind.Declared, "not yet"), skipped.Skips.Single());
        CollectionAssert.AreEqual(new[] { new Trait("slow", "") }, skipped.Traits.ToArray());
        CollectionAssert.AreEqual(new[] { new Trait(Trait.Category, "integration") }, file.Traits.ToArray());
    }

    [TestMethod]
    public void TheBaseModuleChanging_UnpromotesCachedTests()
    {
        var tree = Path.Combine(Path.GetTempPath(), "floe-crossmodule-" + Guid.NewGuid().ToString("N"));
        var cacheDir = tree + "-cache";
        try
        {
            Directory.CreateDirectory(tree);
            File.WriteAllText(Path.Combine(tree, "helpers.py"), "from unittest import TestCase\n\nSuite = TestCase\n");
            File.WriteAllText(Path.Combine(tree, "test_types.py"), "from helpers import Suite\n\n\nclass TypesSuite(Suite):\n    def test_join(self):\n        self.assertEqual(2, 1 + 1)\n");
            var cache = ModelCache.Open(cacheDir);

            var first = Tests(PythonFixtures.ParseTree(tree, cache));
            var cached = Tests(PythonFixtures.ParseTree(tree, cache));
            File.WriteAllText(Path.Combine(tree, "helpers.py"), "class Suite:\n    pass\n");
            var changed = Tests(PythonFixtures.ParseTree(tree, cache));

            CollectionAssert.AreEqual(new[] { "TypesSuite.test_join" }, first);
            CollectionAssert.AreEqual(new[] { "TypesSuite.test_join" }, cached);
            Assert.AreEqual(0, changed.Length);
        }
        finally
        {
            Directory.Delete(tree, recursive: true);
            if (Directory.Exists(cacheDir))
            {
                Directory.Delete(cacheDir, recursive: true);
            }
        }
    }

    private static string[] Tests(IEnumerable<SourceFileModel> files) => [.. files.SelectMany(f => f.Tests).Select(t => t.QualifiedName)];

}
