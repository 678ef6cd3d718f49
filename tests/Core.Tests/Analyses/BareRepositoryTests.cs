using FloeHarden.Core.Reporting;
using FloeHarden.Core.Tests.Support;

namespace FloeHarden.Core.Tests.Analyses;

/// <summary>A repository with no floe-audit.yaml, no charts and no plugins still gets every section, with notes saying why parts are empty.</summary>
[TestClass]
public sealed class BareRepositoryTests
{
    private static AuditResult AuditCopy()
    {
        // A copy outside the repository, so no floe-audit.yaml above it is found.
        var target = Path.Combine(Path.GetTempPath(), "floe-core-tests", Guid.NewGuid().ToString("N")[..12]);
        var source = Path.Combine(Fixtures.Root, "Repos", "Bare");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return Fixtures.Audit(target);
    }

    [TestMethod]
    public void BareRepository_GetsSectionNotes_NotErrors()
    {
        var result = AuditCopy();

        Assert.IsNull(result.ConfigFile);
        var notes = result.Sections.ToDictionary(s => s.Section.Id, s => string.Join("\n", s.Notes));
        StringAssert.Contains(notes["AC-1.6"], "No user workflows are configured (there is no floe-audit.yaml)");
        StringAssert.Contains(notes["AC-1.6"], "floe-audit init");
        StringAssert.Contains(notes["AC-1.6"], "No e2e test was found");
        StringAssert.Contains(notes["AC-1.7"], "No plugin folder matched the plugin globs (`plugins/*`, `src/Plugins/*`, `**/*.Plugin.*`)");
        StringAssert.Contains(notes["AC-1.8"], "No test infrastructure was found");
        StringAssert.Contains(notes["AC-1.5"], "No test declares a tier");
        Assert.AreEqual(0, result.Findings.Count(f => f.RuleId.StartsWith("FH16", StringComparison.Ordinal) || f.RuleId.StartsWith("FH17", StringComparison.Ordinal)));
    }

    [TestMethod]
    public void BareRepository_RendersTheMarkdownReport_WithEveryImplementedSection()
    {
        var result = AuditCopy();

        var markdown = new TemplateRenderer().Render("report.md.scriban", ReportDocument.Build(result, "test"));

        StringAssert.Contains(markdown, "## AC-1.5 Test classification");
        StringAssert.Contains(markdown, "| unit | 1 | 100% | 0 | 0% | 1 | 100% | 0 | 0% | 0 |");
        StringAssert.Contains(markdown, "## AC-1.6 E2E coverage gap map");
        StringAssert.Contains(markdown, "No workflows are configured. Add them to floe-audit.yaml");
        StringAssert.Contains(markdown, "## AC-1.7 Plugin integration coverage");
        StringAssert.Contains(markdown, "## AC-1.8 Test infrastructure inventory");
    }
}
