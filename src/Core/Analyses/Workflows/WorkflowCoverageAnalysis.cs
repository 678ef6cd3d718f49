using System.Collections.Immutable;
using FloeHarden.Core.Analyses.Tiers;
using FloeHarden.Core.Config;
using FloeHarden.Core.Model;
using FloeHarden.Core.Rules;

namespace FloeHarden.Core.Analyses.Workflows;

/// <summary>An e2e test that covers a workflow, with whether it actually proves it.</summary>
public sealed record CoveringTestRow(string Test, string File, int Line, string Status, string MatchedBy);

public sealed record WorkflowRow(
    string Id,
    string Title,
    string Severity,
    string Status,
    int Covering,
    int Proving,
    ImmutableArray<CoveringTestRow> Tests,
    ImmutableArray<string> OtherTierMatches);

/// <summary>An e2e test and the traits it declares, so workflows can be configured from what is there.</summary>
public sealed record EndToEndTestRow(string Test, string File, int Line, string Status, ImmutableArray<string> Traits, ImmutableArray<string> Workflows);

public sealed record WorkflowSectionData(
    int Workflows,
    int Covered,
    int WeaklyCovered,
    int Uncovered,
    int EndToEndTests,
    int UnmappedEndToEndTests,
    string? ConfigFile,
    ImmutableArray<WorkflowRow> Map,
    ImmutableArray<EndToEndTestRow> EndToEndTestList);

/// <summary>
/// AC-1.6: configured user workflows against the e2e tests that cover them (FH1601, FH1602). A test covers a workflow
/// when one of its traits or categories equals the workflow's id or a configured category/marker/trait, when its name
/// matches a configured name pattern, or when a configured keyword appears in its name or in the calls it (and its
/// helpers) make. Only e2e-tier tests prove a workflow; other tiers' matches are listed for the reader. Gaps are
/// only reported when the audit covers the config file's whole folder: a sub-folder audit (one project) cannot see them.
/// </summary>
public sealed class WorkflowCoverageAnalysis : IAnalysis
{
    public const string Covered = "covered";
    public const string Skipped = "skipped";
    public const string Placeholder = "placeholder";
    public const string MockUsing = "mock-using";

    public const string StatusCovered = "COVERED";
    public const string StatusWeak = "WEAK";
    public const string StatusUncovered = "UNCOVERED";

    private const int E2ETestsListed = 200;

    public Section Section => Sections.Workflows;

    public SectionResult Analyze(AuditInput input)
    {
        var config = input.Config;
        var configFile = ConfigPath(input);
        var matchers = config.Workflows.Select(w => (Workflow: w, Matcher: new WorkflowMatcher(w))).ToList();
        var e2e = input.Tests.Where(t => t.Tier == Tier.E2E).ToList();
        var findings = ImmutableArray.CreateBuilder<Finding>();
        var rows = new List<WorkflowRow>();
        var partial = IsPartialAudit(input);

        foreach (var (workflow, matcher) in matchers)
        {
            var covering = e2e
                .Select(t => (Test: t, By: matcher.Match(t)))
                .Where(x => x.By is not null)
                .Select(x => new CoveringTestRow(x.Test.Unit.QualifiedName, x.Test.File.Path, x.Test.Unit.Line, StatusOf(x.Test), x.By!))
                .OrderBy(r => r.Status == Covered ? 0 : 1).ThenBy(r => r.File, StringComparer.Ordinal).ThenBy(r => r.Line)
                .ToImmutableArray();
            var others = input.Tests.Where(t => t.Tier != Tier.E2E && matcher.Match(t) is not null)
                .Select(t => $"{t.Unit.QualifiedName} ({t.Tier.ToName()})")
                .Order(StringComparer.Ordinal)
                .ToImmutableArray();
            var proving = covering.Count(c => c.Status == Covered);
            var status = covering.IsEmpty ? StatusUncovered : proving == 0 ? StatusWeak : StatusCovered;
            rows.Add(new WorkflowRow(workflow.Id, workflow.Title, workflow.Severity.ToName(), status, covering.Length, proving, covering, others));

            if (partial)
            {
                // A sub-folder audit (one project on `dotnet test`) cannot see the e2e tests that live elsewhere.
            }
            else if (status == StatusUncovered)
            {
                var hint = others.IsEmpty
                    ? "no test of any tier matches it"
                    : $"only {others.Length} non-e2e test(s) match it ({string.Join(", ", others.Take(3))}{(others.Length > 3 ? ", …" : "")})";
                findings.Add(Finding.Create(
                    RuleCatalog.UncoveredWorkflow,
                    $"workflow {workflow.Id} \"{workflow.Title}\" has no covering e2e test ({hint}): write an e2e test for it and tag it with the workflow id",
                    configFile ?? "",
                    workflow.Line,
                    symbol: workflow.Id,
                    anchor: workflow.Id,
                    severity: workflow.Severity));
            }
            else if (status == StatusWeak)
            {
                var statuses = string.Join(", ", covering.GroupBy(c => c.Status).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}"));
                findings.Add(Finding.Create(
                    RuleCatalog.WeaklyCoveredWorkflow,
                    $"workflow {workflow.Id} \"{workflow.Title}\" is covered only by e2e tests that cannot prove it ({statuses}: {string.Join(", ", covering.Take(3).Select(c => c.Test))}): make one of them run against the real platform",
                    configFile ?? "",
                    workflow.Line,
                    symbol: workflow.Id,
                    anchor: workflow.Id));
            }
        }

        var statusOrder = new Dictionary<string, int> { [StatusUncovered] = 0, [StatusWeak] = 1, [StatusCovered] = 2 };
        var map = rows
            .OrderBy(r => statusOrder[r.Status])
            .ThenByDescending(r => SeverityNames.TryParse(r.Severity, out var s) ? s : Severity.Major)
            .ToImmutableArray(); // then in the order the configuration lists them (a stable sort): AC-2.2 before AC-2.10

        var e2eRows = e2e
            .Select(t => new EndToEndTestRow(
                t.Unit.QualifiedName,
                t.File.Path,
                t.Unit.Line,
                StatusOf(t),
                [.. t.Traits.Where(x => !x.IsCategory || !TierNames.TryParse(x.Value, out _)).Select(x => x.Value.Length == 0 ? x.Name : $"{x.Name}={x.Value}").Distinct().Order(StringComparer.Ordinal)],
                [.. matchers.Where(m => m.Matcher.Match(t) is not null).Select(m => m.Workflow.Id)]))
            .ToList();

        var data = new WorkflowSectionData(
            rows.Count,
            rows.Count(r => r.Status == StatusCovered),
            rows.Count(r => r.Status == StatusWeak),
            rows.Count(r => r.Status == StatusUncovered),
            e2e.Count,
            e2eRows.Count(r => r.Workflows.IsEmpty),
            configFile,
            map,
            [.. e2eRows.OrderBy(r => r.Workflows.IsEmpty ? 0 : 1).ThenBy(r => r.File, StringComparer.Ordinal).ThenBy(r => r.Line).Take(E2ETestsListed)]);

        return new SectionResult(Section, data, findings.ToImmutable(), Notes(input, e2e.Count, partial));
    }

    /// <summary>The audited root is a sub-folder of the config file's folder: workflows are the whole repository's.</summary>
    private static bool IsPartialAudit(AuditInput input) =>
        input.Config.SourceFile is not null && input.Config.RelativeToBase(input.Root) is { } relative && relative is not ("" or ".");

    private static ImmutableArray<string> Notes(AuditInput input, int e2eTests, bool partial)
    {
        var notes = ImmutableArray.CreateBuilder<string>();
        if (partial && !input.Config.Workflows.IsEmpty)
        {
            notes.Add($"This audit covers a sub-folder of the repository that configures the workflows ({input.Config.BaseDirectory.Replace('\\', '/')}), so the e2e tests elsewhere are not seen: the map shows what this folder covers, and FH1601/FH1602 are only reported when the whole repository is audited.");
        }

        if (input.Config.Workflows.IsEmpty)
        {
            notes.Add(input.Config.SourceFile is null
                ? "No user workflows are configured (there is no floe-audit.yaml), so coverage gaps could not be mapped. Run `floe-audit init` and list your workflows under `workflows:` (id, title, severity, match) — see docs/configuration.md."
                : "No user workflows are configured, so coverage gaps could not be mapped. List them under `workflows:` in floe-audit.yaml (id, title, severity, match) — see docs/configuration.md.");
        }

        if (e2eTests == 0)
        {
            notes.Add("No e2e test was found (tests/e2e, *.E2E projects, [TestCategory(\"E2E\")], @pytest.mark.e2e), so no workflow can be covered.");
        }

        return notes.ToImmutable();
    }

    /// <summary>What a covering test proves: a placeholder or a skipped test proves nothing; a mock-using one proves less than it claims.</summary>
    public static string StatusOf(TestInfo test) =>
        test.IsPlaceholder ? Placeholder
        : test.Unit.Skips.Any(s => s.Kind is SkipKind.Declared or SkipKind.ExpectedFailure) ? Skipped
        : test.UsesDoubles ? MockUsing
        : Covered;

    /// <summary>The config file relative to the audited root (forward slashes), as FH1903 reports it; absolute when outside the root.</summary>
    private static string? ConfigPath(AuditInput input)
    {
        if (input.Config.SourceFile is not { } source)
        {
            return null;
        }

        var relative = Path.GetRelativePath(input.Root, source).Replace('\\', '/');
        return relative.StartsWith("../", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? source.Replace('\\', '/') : relative;
    }
}
