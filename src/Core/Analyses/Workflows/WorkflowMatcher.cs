using System.Text;
using System.Text.RegularExpressions;
using FloeHarden.Core.Config;
using FloeHarden.Core.Model;

namespace FloeHarden.Core.Analyses.Workflows;

/// <summary>
/// Decides whether a test covers one workflow, and says why. Comparisons ignore case and treat '-', '_', '.' and
/// spaces alike, so <c>AC-2.1</c>, <c>ac_2_1</c> and <c>AC 2.1</c> are the same id.
/// <list type="bullet">
/// <item>traits: the workflow id, and every configured <c>categories</c>/<c>markers</c>/<c>traits</c> entry, equals a
/// trait's value (<c>[TestProperty("workflow", "AC-2.1")]</c>, <c>[TestCategory("checkout")]</c>) or a value-less
/// marker's name (<c>@pytest.mark.checkout</c>); an entry written <c>name=value</c> must match both.</item>
/// <item>names: globs (<c>*Checkout*</c>, <c>?</c> and <c>*</c>) against the test's name or Class.Name; an entry
/// written <c>/regex/</c> is a .NET regular expression instead.</item>
/// <item>keywords: every word of a keyword ("export catalog") inside the test's Class.Name, or inside the name of one call
/// the test or its helpers make (ExportsCatalog, export_catalog).</item>
/// </list>
/// </summary>
public sealed class WorkflowMatcher
{
    private readonly string _id;
    private readonly List<(string? Name, string Value)> _traits = [];
    private readonly List<Regex> _names = [];
    private readonly List<(string Keyword, string[] Words)> _keywords;

    public WorkflowMatcher(WorkflowConfig workflow)
    {
        _id = Normalize(workflow.Id);
        foreach (var entry in workflow.Match.Categories)
        {
            var eq = entry.IndexOf('=');
            _traits.Add(eq > 0 ? (Normalize(entry[..eq]), Normalize(entry[(eq + 1)..])) : (null, Normalize(entry)));
        }

        foreach (var pattern in workflow.Match.Names)
        {
            if (ToRegex(pattern) is { } regex)
            {
                _names.Add(regex);
            }
        }

        _keywords = [.. workflow.Match.Keywords
            .Select(k => (Keyword: k.Trim(), Words: k.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Squeeze).Where(w => w.Length > 0).ToArray()))
            .Where(k => k.Words.Length > 0)];
    }

    /// <summary>Why the test covers the workflow ("trait workflow=AC-2.1", "name *Checkout*", "keyword checkout"), or null.</summary>
    public string? Match(TestInfo test)
    {
        foreach (var trait in test.Traits)
        {
            var value = Normalize(trait.Value);
            var name = Normalize(trait.Name);
            if (value.Length > 0 && value == _id)
            {
                return $"trait {trait.Name}={trait.Value}";
            }

            foreach (var (wantedName, wantedValue) in _traits)
            {
                var hit = wantedName is null
                    ? value == wantedValue || (value.Length == 0 && name == wantedValue)
                    : name == wantedName && value == wantedValue;
                if (hit)
                {
                    return value.Length == 0 ? $"marker {trait.Name}" : $"trait {trait.Name}={trait.Value}";
                }
            }
        }

        var unit = test.Unit;
        foreach (var pattern in _names)
        {
            try
            {
                if (pattern.IsMatch(unit.Name) || pattern.IsMatch(unit.QualifiedName))
                {
                    return $"name {pattern}";
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A pathological pattern matches nothing rather than stalling the audit.
            }
        }

        if (_keywords.Count > 0)
        {
            var name = Squeeze(unit.QualifiedName);
            var calls = test.Helpers.Prepend(unit).SelectMany(u => u.Calls).Select(c => Squeeze(c.Name)).ToHashSet(StringComparer.Ordinal);
            foreach (var (keyword, words) in _keywords)
            {
                bool All(string text) => words.All(w => text.Contains(w, StringComparison.Ordinal));
                if (All(name) || calls.Any(All))
                {
                    return $"keyword {keyword}";
                }
            }
        }

        return null;
    }

    private static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Trim())
        {
            builder.Append(c is '-' or '_' or '.' or ' ' ? '_' : char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>Letters and digits only, lower case, so "order" is found in PlaceOrder and test_place_order.</summary>
    private static string Squeeze(string text) => new([.. text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);

    /// <summary>A name pattern as a regex; null for an invalid <c>/regex/</c> (the config loader reports it as FH1903).</summary>
    public static Regex? ToRegex(string pattern)
    {
        if (pattern.Length > 2 && pattern[0] == '/' && pattern[^1] == '/')
        {
            try
            {
                return new Regex(pattern[1..^1], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(200));
            }
            catch (ArgumentException)
            {
                return null;
            }
        }

        return GlobToRegex(pattern);
    }

    private static Regex GlobToRegex(string glob)
    {
        var pattern = "^" + Regex.Escape(glob).Replace("\\*", ".*", StringComparison.Ordinal).Replace("\\?", ".", StringComparison.Ordinal) + "$";
        return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
