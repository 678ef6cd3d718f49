using FloeHarden.Core.Model;

namespace FloeHarden.Core.Tests.Python;

[TestClass]
public sealed class PythonDiscoveryTests
{
    private const string File = "tests/unit/test_discovery.py";

    [TestMethod]
    public void TestsAreFoundAsPytestFindsThem()
    {
        var tests = PythonFixtures.File(File).Tests.Select(t => t.QualifiedName).ToArray();

        CollectionAssert.AreEqual(
            new[]
            {
                "test_discovery.test_stacked_parametrize", "test_discovery.test_with_marker_and_usefixtures", "test_discovery.test_declared_skip",
                "test_discovery.test_expected_failure", "test_discovery.test_runtime_skip", "test_discovery.test_placeholder_fail",
                "test_discovery.test_placeholder_pass", "test_discovery.test_placeholder_raise", "TestOrders.test_in_class", "OrderCase.test_state",
                "OrderCase.test_skipped", "OrderCase.test_skip_at_runtime", "test_discovery.test_async_function",
            },
            tests);
    }

    [TestMethod]
    public void TestsInPlatformBlocks_AreFound()
    {
        var tests = PythonFixtures.File("tests/unit/test_platform_blocks.py").Tests.Select(t => t.QualifiedName).ToArray();

        CollectionAssert.AreEqual(new[] { "test_platform_blocks.test_console_on_windows", "test_platform_blocks.test_console_elsewhere" }, tests);
    }

    [TestMethod]
    public void NonTestFunctionsAndClassesWithInit_AreHelpers()
    {
        var file = PythonFixtures.File(File);

        Assert.AreEqual(CodeUnitKind.Helper, file.Units.Single(u => u.Name == "build_order").Kind);
        Assert.AreEqual(CodeUnitKind.Helper, file.Units.Single(u => u.Name == "test_not_collected").Kind);
        Assert.AreEqual(CodeUnitKind.Setup, file.Units.Single(u => u.QualifiedName == "OrderCase.(setup)").Kind);
    }

    [TestMethod]
    public void StackedParametrize_MultipliesCases_AndItsArgumentsAreNotFixtures()
    {
        var test = PythonFixtures.Unit(File, "test_stacked_parametrize");

        Assert.AreEqual(12, test.CaseCount);
        Assert.AreEqual(15, test.Line, "a test is reported at its def line, below its decorators");
        CollectionAssert.AreEqual(new[] { "payment_gateway", "clean_environment" }, test.Parameters.ToArray());
        CollectionAssert.Contains(test.Traits.ToArray(), new Trait("requirement", "REQ-7"));
    }

    [TestMethod]
    public void TierMarkers_BecomeCategories_OnTestsClassesAndModules()
    {
        Assert.AreEqual(new Trait(Trait.Category, "integration"), PythonFixtures.Unit(File, "test_with_marker_and_usefixtures").Traits.Single());
        Assert.AreEqual(new Trait(Trait.Category, "e2e"), PythonFixtures.Unit(File, "test_in_class").Traits.Single());
        Assert.AreEqual(new Trait(Trait.Category, "unit"), PythonFixtures.File(File).Traits.Single());
    }

    [TestMethod]
    public void UsefixturesMarkers_AreParameters()
    {
        CollectionAssert.AreEquivalent(new[] { "db", "clean_environment" }, PythonFixtures.Unit(File, "test_with_marker_and_usefixtures").Parameters.ToArray());
    }

    [TestMethod]
    [DataRow("test_declared_skip", 25, SkipKind.Declared, "flaky upstream")]
    [DataRow("test_expected_failure", 30, SkipKind.ExpectedFailure, "bug 12")]
    [DataRow("test_runtime_skip", 37, SkipKind.Runtime, "service down")]
    [DataRow("test_skipped", 81, SkipKind.Declared, "later")]
    [DataRow("test_skip_at_runtime", 86, SkipKind.Runtime, "no cluster")]
    public void Skips_AreRecordedWithKindLineAndReason(string test, int line, SkipKind kind, string reason)
    {
        Assert.AreEqual(new SkipSite(line, kind, reason), PythonFixtures.Unit(File, test).Skips.Single());
    }

    [TestMethod]
    [DataRow("test_placeholder_fail", true)]
    [DataRow("test_placeholder_pass", true)]
    [DataRow("test_placeholder_raise", true)]
    [DataRow("test_runtime_skip", false)]
    [DataRow("test_skip_at_runtime", false)]
    public void Placeholders_AreRecognised(string test, bool placeholder)
    {
        Assert.AreEqual(placeholder, PythonFixtures.Unit(File, test).IsPlaceholder);
    }

    [TestMethod]
    public void Fixtures_AreSetupUnitsNamedAsPytestNamesThem()
    {
        var conftest = PythonFixtures.File("tests/conftest.py");

        CollectionAssert.AreEqual(
            new[] { ("payment_gateway", CodeUnitKind.Setup), ("clean_environment", CodeUnitKind.Setup), ("db", CodeUnitKind.Setup), ("helper_not_a_fixture", CodeUnitKind.Helper) },
            conftest.Units.Select(u => (u.Name, u.Kind)).ToArray());
        CollectionAssert.Contains(conftest.Units[1].Traits.ToArray(), new Trait("autouse", "true"));
        CollectionAssert.AreEqual(new[] { "tmp_path" }, conftest.Units[2].Parameters.ToArray());
    }

    [TestMethod]
    public void Imports_AreModules()
    {
        CollectionAssert.AreEqual(new[] { "unittest", "pytest", "shop.orders" }, PythonFixtures.File(File).Imports.ToArray());
    }
}
