namespace FloeHarden.Tasks;

/// <summary>The FloeAuditFailOn level. <see cref="Rank"/> is null for 'none' (nothing fails the build).</summary>
internal readonly record struct Threshold(string Name, int? Rank)
{
    public static bool TryParse(string? text, out Threshold threshold)
    {
        var name = string.IsNullOrWhiteSpace(text) ? "critical" : text.Trim().ToLowerInvariant();
        int? rank = name == "none" ? null : SeverityRank(name);
        threshold = new Threshold(name, rank);
        return name == "none" || rank is not null;
    }

    /// <summary>info 0, minor 1, major 2, critical 3 (the engine's order); null for anything else.</summary>
    public static int? SeverityRank(string? severity) => severity?.ToLowerInvariant() switch
    {
        "info" => 0,
        "minor" => 1,
        "major" => 2,
        "critical" => 3,
        _ => null,
    };

    public bool Fails(string severity) => Rank is { } rank && SeverityRank(severity) is { } s && s >= rank;
}
