using FloeHarden.Core.Analyses;
using FloeHarden.Core.Caching;
using FloeHarden.Core.Config;
using FloeHarden.Core.Discovery;
using FloeHarden.Core.Frontends;
using FloeHarden.Core.Frontends.Python;
using FloeHarden.Core.Model;

namespace FloeHarden.Core.Tests.Python;

/// <summary>pytest's python_files, python_classes and python_functions decide which Python files, classes and functions are tests.</summary>
[TestClass]
public sealed class PytestConfigTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "Fixtures", "PytestConfig");

    [TestMethod]
    public void PyprojectIniOptions_CollectTheirFilesClassesAndFunctions()
    {
        CollectionAssert.AreEquivalent(
            new[] { "test_Widget.check_adds", "test_Widget.test_subtracts", "check_widget.check_module_level" },
            TestsIn(Path.Combine(Root, "toml")));
    }

    [TestMethod]
    public void PytestIni_ReplacesTheDefaultClassAndFunctionNames()
    {
        CollectionAssert.AreEquivalent(new[] { "DescribeCart.it_adds_items" }, TestsIn(Path.Combine(Root, "ini")));
    }

    [TestMethod]
    public void SetupCfgPythonFiles_ReplacesTheDefaultFileNames()
    {
        CollectionAssert.AreEquivalent(new[] { "spec_orders.test_places_an_order" }, TestsIn(Path.Combine(Root, "cfg")));
    }

    [TestMethod]
    public void Pytest9NativeToolPytestTable_IsTheConfiguration()
    {
        CollectionAssert.AreEquivalent(
            new[] { "unittest_calc.check_add", "unittest_calc.test_add_negative" },
            TestsIn(Path.Combine(Root, "native")));
    }

    [TestMethod]
    public void IniOptionsAsDottedKeysUnderToolPytest_AreRead()
    {
        CollectionAssert.AreEquivalent(new[] { "unittest_calc.test_add" }, TestsIn(Path.Combine(Root, "dotted")));
    }

    [TestMethod]
    public void PytestToml_TakesPrecedenceOverPyproject()
    {
        CollectionAssert.AreEquivalent(new[] { "DescribeCart.test_adds_items" }, TestsIn(Path.Combine(Root, "pytesttoml")));
    }

    [TestMethod]
    public void PythonFilesPatternWithAPath_MatchesThePath()
    {
        CollectionAssert.AreEquivalent(
            new[] { "__init__.test_default_settings", "TestSettings.test_get", "test_more.test_more" },
            TestsIn(Path.Combine(Root, "pathpattern")));
    }

    [TestMethod]
    public void EmptyPythonClassesAndFunctions_CollectOnlyUnittestMethods()
    {
        CollectionAssert.AreEquivalent(new[] { "ParseSuite.test_cases" }, TestsIn(Path.Combine(Root, "empty")));
    }

    [TestMethod]
    public void NorecursedirsAndAddoptsIgnores_ExcludeFilesAsTestData()
    {
        // norecursedirs replaces pytest's defaults (testing/build is collected); a nested pytest.ini does not undo the outer
        // configuration's exclusion of its folder; testpaths is not used (doc/ stays collected). A test module that imports an
        // excluded file runs its tests (lib/suite, star-imported as sqlalchemy's testing suite is).
        var root = Path.Combine(Root, "norecurse");
        var files = FilesIn(root);
        CollectionAssert.AreEquivalent(
            new[] { "lib/suite/test_suite_cases.py", "testing/example_scripts/collect/test_foo.py", "testing/test_generated_one.py", "testing/vendored/test_v.py" },
            files.Where(f => f.IsTestData).Select(f => f.Path).ToArray());
        CollectionAssert.AreEquivalent(
            new[] { "test_real.test_real", "test_b.test_in_build", "test_example.test_doc_example", "test_uses_suite.test_local", "test_suite_cases.test_case" },
            new AuditInput(root, ConfigLoader.Defaults(root), [.. files]).Tests.Select(t => t.Unit.QualifiedName).ToArray());
    }

    [TestMethod]
    public void DefaultNorecursedirs_ExcludeBuildFolders()
    {
        var root = Path.Combine(Root, "norecurse-default");
        var files = FilesIn(root);
        CollectionAssert.AreEquivalent(new[] { "tests/build/test_built.py" }, files.Where(f => f.IsTestData).Select(f => f.Path).ToArray());
        CollectionAssert.AreEquivalent(
            new[] { "test_unit.test_unit" },
            new AuditInput(root, ConfigLoader.Defaults(root), [.. files]).Tests.Select(t => t.Unit.QualifiedName).ToArray());
    }

    [TestMethod]
    public void EditingTheConfiguration_ReparsesTheFilesItGoverns()
    {
        var tree = Path.Combine(Path.GetTempPath(), "floe-pytest-config-" + Guid.NewGuid().ToString("N"));
        var cacheDir = tree + "-cache";
        try
        {
            Directory.CreateDirectory(Path.Combine(tree, "tests"));
            File.Copy(Path.Combine(Root, "ini", "tests", "test_cart.py"), Path.Combine(tree, "tests", "test_cart.py"));
            File.WriteAllText(Path.Combine(tree, "pytest.ini"), "[pytest]\npython_classes = Describe*\npython_functions = it_*\n");
            var cache = ModelCache.Open(cacheDir);

            var before = TestsIn(tree, cache);
            File.WriteAllText(Path.Combine(tree, "pytest.ini"), "[pytest]\npython_classes = Test*\npython_functions = it_*\n");
            var after = TestsIn(tree, cache);

            CollectionAssert.AreEquivalent(new[] { "DescribeCart.it_adds_items" }, before);
            CollectionAssert.AreEquivalent(new[] { "TestCart.it_is_not_a_collected_class" }, after);
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

    private static IReadOnlyList<SourceFileModel> FilesIn(string root)
    {
        var files = Directory.EnumerateFiles(root, "*.py", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => new DiscoveredFile(path, FileDiscovery.Relative(root, path), SourceLanguage.Python, null, new FileInfo(path).Length))
            .ToList();
        return new PythonFrontend().Parse(files, new FrontendOptions(1024 * 1024, null, 0), CancellationToken.None).Files;
    }

    private static string[] TestsIn(string root, ModelCache? cache = null)
    {
        var files = Directory.EnumerateFiles(root, "*.py", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => new DiscoveredFile(path, FileDiscovery.Relative(root, path), SourceLanguage.Python, null, new FileInfo(path).Length))
            .ToList();
        var result = new PythonFrontend().Parse(files, new FrontendOptions(1024 * 1024, null, 0) { Cache = cache }, CancellationToken.None);
        return [.. result.Files.SelectMany(f => f.Tests).Select(t => t.QualifiedName)];
    }
}
