using System.Collections.Immutable;
using FloeHarden.Core.Model;
using FloeHarden.Core.Rules;

namespace FloeHarden.Core.Adoption;

/// <summary>
/// Marks findings silenced by in-code suppressions, and reports the suppressions that give no reason (FH1904) or
/// silence nothing (FH1905). Pure over the model: the suppressions come from the frontends, never from a second read.
/// </summary>
public static class SuppressionMatcher
{
    /// <param name="analysedSections">Sections whose analyses ran: a suppression of a rule nobody checked yet is not "useless".</param>
    public static (ImmutableArray<Finding> Findings, ImmutableArray<Finding> Diagnostics) Apply(
        IEnumerable<Finding> findings, IEnumerable<SourceFileModel> files, IReadOnlySet<string> analysedSections)
    {
        var models = files.Where(f => !f.Suppressions.IsEmpty).ToDictionary(f => f.Path, StringComparer.Ordinal);
        var byFile = models.ToDictionary(kv => kv.Key, kv => kv.Value.Suppressions, StringComparer.Ordinal);
        var used = new HashSet<Suppression>(ReferenceEqualityComparer.Instance);
        var result = ImmutableArray.CreateBuilder<Finding>();
        foreach (var finding in findings)
        {
            var match = byFile.TryGetValue(finding.File, out var suppressions) && IsSuppressible(finding)
                ? suppressions.Where(s => Covers(s, finding)).OrderBy(s => s.ToLine - s.FromLine).FirstOrDefault()
                : null;
            if (match is null)
            {
                result.Add(finding);
                continue;
            }

            used.Add(match);
            result.Add(finding with { Suppressed = true, SuppressionReason = match.Reason ?? "" });
        }

        var diagnostics = ImmutableArray.CreateBuilder<Finding>();
        foreach (var (path, suppressions) in byFile.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            foreach (var s in suppressions)
            {
                var anchor = $"{s.RuleId}|{s.Reason}";
                var written = s.Form == SuppressionForm.Attribute ? $"[SuppressMessage(\"FloeHarden\", \"{s.RuleId}\")]" : $"suppression of {(s.RuleId.Length == 0 ? "no rule" : s.RuleId)}";
                if (s.Reason is null)
                {
                    diagnostics.Add(Finding.Create(RuleCatalog.SuppressionWithoutReason,
                        $"{written} gives no reason: say why the finding does not apply here ({Example(s, models[path].Language)})", path, s.Line, 0, s.Symbol, anchor));
                }

                if (used.Contains(s))
                {
                    continue;
                }

                var rule = RuleCatalog.Find(s.RuleId);
                if (rule is null)
                {
                    diagnostics.Add(Finding.Create(RuleCatalog.UselessSuppression,
                        s.RuleId.Length == 0
                            ? "suppression names no rule id: write the id of the rule it silences, e.g. `floe-audit: ignore FH1302 <reason>`"
                            : $"suppression names an unknown rule '{s.RuleId}' (run 'floe-audit rules' for the catalog)",
                        path, s.Line, 0, s.Symbol, anchor));
                }
                else if (analysedSections.Contains(rule.Section) && IsSuppressible(rule))
                {
                    diagnostics.Add(Finding.Create(RuleCatalog.UselessSuppression,
                        $"{written} suppresses nothing: no {s.RuleId} finding is reported on {(s.FromLine == s.ToLine ? $"line {s.FromLine}" : $"lines {s.FromLine}–{s.ToLine}")}; remove it",
                        path, s.Line, 0, s.Symbol, anchor));
                }
            }
        }

        return (result.ToImmutable(), diagnostics.ToImmutable());
    }

    private static bool Covers(Suppression s, Finding f) =>
        string.Equals(s.RuleId, f.RuleId, StringComparison.OrdinalIgnoreCase) && s.FromLine <= f.Line && f.Line <= s.ToLine;

    /// <summary>Suppressions cannot silence the reports about suppressions themselves.</summary>
    private static bool IsSuppressible(Finding finding) => IsSuppressible(RuleCatalog.Get(finding.RuleId));

    private static bool IsSuppressible(Rule rule) => rule != RuleCatalog.SuppressionWithoutReason && rule != RuleCatalog.UselessSuppression;

    private static string Example(Suppression s, SourceLanguage language) => (s.Form, language) switch
    {
        (SuppressionForm.Attribute, _) => "Justification = \"…\"",
        (_, SourceLanguage.Python) => $"`# floe-audit: ignore[{s.RuleId}] <reason>`",
        _ => $"`// floe-audit: ignore {s.RuleId} <reason>`",
    };
}
