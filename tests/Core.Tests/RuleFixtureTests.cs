using FloeHarden.Tests.Shared;
using FloeHarden.Core.Rules;
using FloeHarden.Core.Tests.Support;

namespace FloeHarden.Core.Tests;

/// <summary>Every rule has a fixture where it fires on exactly the planted lines, and a clean one where it stays silent.</summary>
[TestClass]
public sealed class RuleFixtureTests
{
    public static IEnumerable<object[]> RulesWithFixtures() =>
        Directory.EnumerateDirectories(Path.Combine(Fixtures.Root, "Rules"))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .Select(id => new object[] { id! });

    [TestMethod]
    [DynamicData(nameof(RulesWithFixtures))]
    public void Rule_FiresExactlyOnPlantedLines(string ruleId)
    {
        var root = Fixtures.Rule(ruleId, "Fires");
        var expected = Planted.In(root).Where(e => e.RuleId == ruleId).ToList();
        Assert.IsGreaterThan(0, expected.Count, $"{ruleId}'s firing fixture plants no finding");

        var result = Fixtures.Audit(root);

        Planted.AssertSame(expected, Planted.Actual(result, f => f.RuleId == ruleId), $"{ruleId} on its firing fixture");
    }

    [TestMethod]
    [DynamicData(nameof(RulesWithFixtures))]
    public void Rule_IsSilentOnCleanFixture(string ruleId)
    {
        var result = Fixtures.Audit(Fixtures.Rule(ruleId, "Clean"));

        var fired = result.Findings.Where(f => f.RuleId == ruleId).Select(f => $"{f.File}:{f.Line} {f.Message}").ToList();
        Assert.AreEqual(0, fired.Count, $"{ruleId} fired on its clean fixture:\n{string.Join('\n', fired)}");
    }

    [TestMethod]
    public void EveryRuleOfAnImplementedSection_HasFixtures()
    {
        var sections = AuditEngine.Analyses.Select(a => a.Section.Id).Append(Sections.Engine.Id).ToHashSet();
        var missing = RuleCatalog.All
            .Where(r => sections.Contains(r.Section))
            .Where(r => !Directory.Exists(Fixtures.Rule(r.Id, "Fires")) || !Directory.Exists(Fixtures.Rule(r.Id, "Clean")))
            .Select(r => r.Id)
            .ToList();

        Assert.AreEqual(0, missing.Count, $"rules without Fires/Clean fixtures: {string.Join(", ", missing)}");
    }
}
