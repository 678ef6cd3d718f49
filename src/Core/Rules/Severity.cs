namespace FloeHarden.Core.Rules;

/// <summary>Finding severities, lowest first so that comparisons read naturally (<c>severity &gt;= threshold</c>).</summary>
public enum Severity
{
    Info = 0,
    Minor = 1,
    Major = 2,
    Critical = 3,
}

public static class SeverityNames
{
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Info => "info",
        Severity.Minor => "minor",
        Severity.Major => "major",
        Severity.Critical => "critical",
        _ => throw new ArgumentOutOfRangeException(nameof(severity)),
    };

    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "info": severity = Severity.Info; return true;
            case "minor": severity = Severity.Minor; return true;
            case "major": severity = Severity.Major; return true;
            case "critical": severity = Severity.Critical; return true;
            default: severity = Severity.Info; return false;
        }
    }
}
