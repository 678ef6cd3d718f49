using FloeHarden.Core.Rules;
using FloeHarden.Core.Tests.Support;

namespace FloeHarden.Core.Tests;

/// <summary>The catalog, its docs pages and the README table never drift apart.</summary>
[TestClass]
public sealed class RuleCatalogTests
{
    [TestMethod]
    public void RuleIds_AreUniqueAndNamedAfterTheirSection()
    {
        Assert.AreEqual(RuleCatalog.All.Count, RuleCatalog.All.Select(r => r.Id).Distinct().Count());
        foreach (var rule in RuleCatalog.All)
        {
            var expectedPrefix = rule.Section == Sections.Engine.Id ? "FH19" : "FH1" + rule.Section[^1];
            StringAssert.StartsWith(rule.Id, expectedPrefix, $"{rule.Id} is in section {rule.Section}");
        }
    }

    [TestMethod]
    public void EveryRuleOfAnImplementedSection_HasADocsPageWithAllParts()
    {
        var implemented = AuditEngine.Analyses.Select(a => a.Section.Id).Append(Sections.Engine.Id).ToHashSet();
        foreach (var rule in RuleCatalog.All.Where(r => implemented.Contains(r.Section)))
        {
            var page = Path.Combine(Fixtures.Repository, rule.DocsPath);
            Assert.IsTrue(File.Exists(page), $"{rule.Id} has no page at {rule.DocsPath}");
            var text = File.ReadAllText(page);
            StringAssert.StartsWith(text, $"# {rule.Id} — {rule.Title}\n", $"{rule.DocsPath} title differs from the catalog");
            StringAssert.Contains(text, $"Default severity: **{rule.DefaultSeverity.ToName()}**", rule.DocsPath);
            foreach (var part in new[] { "## What it finds", "## Example that fires", "## Example that does not fire", "## How to fix", "## How to suppress" })
            {
                StringAssert.Contains(text, part, $"{rule.DocsPath} lacks '{part}'");
            }
        }
    }

    [TestMethod]
    public void EveryDocsPage_BelongsToACatalogRule()
    {
        var pages = Directory.EnumerateFiles(Path.Combine(Fixtures.Repository, "docs", "rules"), "FH*.md").Select(Path.GetFileNameWithoutExtension);

        var orphans = pages.Where(p => RuleCatalog.Find(p!) is null).ToList();

        Assert.AreEqual(0, orphans.Count, $"pages without a rule: {string.Join(", ", orphans)}");
    }
}
