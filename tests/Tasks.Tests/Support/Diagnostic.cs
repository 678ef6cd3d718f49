using System.Text.RegularExpressions;

namespace FloeHarden.Tasks.Tests.Support;

/// <summary>One MSBuild diagnostic line of the audit, e.g. <c>/p/CartTests.cs(9): floe-audit warning FH1301: … [/p/x.csproj]</c>.</summary>
public sealed partial record Diagnostic(string File, int Line, string Kind, string Code, string Message)
{
    /// <summary>The distinct diagnostics with the given code prefix (MSBuild repeats them in its closing summary).</summary>
    public static IReadOnlyList<Diagnostic> Parse(string output, string codePrefix = "FH") =>
    [
        .. output.Split('\n')
            .Select(line => Pattern().Match(line.TrimEnd('\r')))
            .Where(m => m.Success && m.Groups["code"].Value.StartsWith(codePrefix, StringComparison.Ordinal))
            .Select(m => new Diagnostic(
                m.Groups["file"].Value.Trim(),
                m.Groups["line"].Success ? int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0,
                m.Groups["kind"].Value,
                m.Groups["code"].Value,
                m.Groups["message"].Value))
            .Distinct(),
    ];

    // MSBuild prefixes lines with the node ("1:7>") at some verbosities.
    [GeneratedRegex(@"^\s*(\d+(:\d+)?>)?(?<file>.+?)(\((?<line>\d+)(,\d+)?\))?\s*:\s*(floe-audit\s+)?(?<kind>warning|error)\s+(?<code>FH\d{4}):\s*(?<message>.*?)(\s+\[[^\]]+\])?$")]
    private static partial Regex Pattern();
}
