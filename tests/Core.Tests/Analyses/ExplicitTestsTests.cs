using FloeHarden.Core.Analyses.Classification;
using FloeHarden.Core.Frontends.CSharp;
using FloeHarden.Core.Model;
using FloeHarden.Core.Tests.Support;

namespace FloeHarden.Core.Tests.Analyses;

/// <summary>NUnit [Explicit] and xUnit v3 Explicit = true are opt-ins that run when selected: counted apart from skips, never FH1506.</summary>
[TestClass]
public sealed class ExplicitTestsTests
{
    private static readonly string CleanRoot = Fixtures.Rule("FH1506", "Clean");

    [TestMethod]
    public void ExplicitAttributes_AreExplicit_NotDeclaredSkips()
    {
        var path = Path.Combine(CleanRoot, "tests", "unit", "CalendarTests.cs");
        var model = CSharpFrontend.ParseText(File.ReadAllText(path), "tests/unit/CalendarTests.cs", null);
        var kinds = model.Tests.ToDictionary(t => t.Name, t => string.Join(",", t.Skips.Select(s => s.Kind)));

        Assert.AreEqual("Explicit", kinds["Calendar_MatchesBclThroughHistory"], "[Explicit]");
        Assert.AreEqual("Explicit", kinds["GenerateData"], "[Test, Explicit]");
        Assert.AreEqual("Explicit", kinds["Calendar_RoundTripsEveryDay"], "[Explicit(\"reason\")]");
        Assert.AreEqual("Explicit", kinds["LeapSeconds_AreListed"], "[Explicit] on the class");
        Assert.AreEqual("Explicit", kinds["Calendar_MatchesIcu"], "[Fact(Explicit = true)]");
    }

    [TestMethod]
    public void ExplicitAndIgnored_KeepsBoth()
    {
        var path = Path.Combine(Fixtures.Rule("FH1506", "Fires"), "tests", "integration", "SlowClusterTests.cs");
        var model = CSharpFrontend.ParseText(File.ReadAllText(path), "tests/integration/SlowClusterTests.cs", null);
        var test = model.Tests.Single(t => t.Name == "Orders_SurviveAZoneLoss");

        CollectionAssert.AreEqual(new[] { SkipKind.Explicit, SkipKind.Declared }, test.Skips.Select(s => s.Kind).ToArray());
    }

    [TestMethod]
    public void ClassificationSection_CountsExplicitTests_ApartFromDeclaredSkips()
    {
        var result = Fixtures.Audit(CleanRoot);
        var data = (ClassificationSectionData)result.Sections.Single(s => s.Section.Id == "AC-1.5").Data;

        Assert.AreEqual(5, data.ExplicitTests);
        Assert.AreEqual(
            5,
            data.DeclaredSkips,
            "the [Ignore(\"VAT rules…\")] of PriceTests, test_orm.py's Django version gate and test_keyword_reasons.py's three unittest skips");
    }
}
