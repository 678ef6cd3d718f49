namespace FloeHarden.Core.Model;

public static class TierNames
{
    public static string ToName(this Tier tier) => tier switch
    {
        Tier.Unit => "unit",
        Tier.Contract => "contract",
        Tier.Integration => "integration",
        Tier.E2E => "e2e",
        _ => "unknown",
    };

    /// <summary>Parses a tier word as people write it in folders, project names, categories and markers.</summary>
    public static bool TryParse(string? text, out Tier tier)
    {
        var normalized = (text ?? "").Trim().ToLowerInvariant().Replace("-", "").Replace("_", "").Replace(" ", "");
        if (normalized.EndsWith("tests", StringComparison.Ordinal) && normalized.Length > 5)
        {
            normalized = normalized[..^5];
        }
        else if (normalized.EndsWith("test", StringComparison.Ordinal) && normalized.Length > 4)
        {
            normalized = normalized[..^4];
        }

        tier = normalized switch
        {
            "unit" or "units" => Tier.Unit,
            "contract" or "contracts" => Tier.Contract,
            "integration" or "integrations" or "integrated" or "it" or "functional" or "component" => Tier.Integration,
            "e2e" or "endtoend" or "system" or "acceptance" => Tier.E2E,
            _ => Tier.Unknown,
        };
        return tier != Tier.Unknown;
    }
}

public static class AssertionLevels
{
    public static string ToName(this AssertionLevel level) => level switch
    {
        AssertionLevel.Exact => "exact",
        AssertionLevel.Structural => "structural",
        AssertionLevel.Moderate => "moderate",
        AssertionLevel.Weak => "weak",
        AssertionLevel.Trivial => "trivial",
        _ => "none",
    };

    public static bool TryParse(string? text, out AssertionLevel level)
    {
        level = (text ?? "").Trim().ToLowerInvariant() switch
        {
            "exact" or "5" => AssertionLevel.Exact,
            "structural" or "4" => AssertionLevel.Structural,
            "moderate" or "3" => AssertionLevel.Moderate,
            "weak" or "2" => AssertionLevel.Weak,
            "trivial" or "1" => AssertionLevel.Trivial,
            _ => AssertionLevel.None,
        };
        return level != AssertionLevel.None;
    }
}
