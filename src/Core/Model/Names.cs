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

/// <summary>What a test's name says about what it tests.</summary>
public static class TestNames
{
    /// <summary>
    /// Whether a test's or helper's name says the equality contract itself is under test (<c>OperatorEquality_…</c>,
    /// <c>Equals_IsSymmetric</c>, <c>TestOperatorComparison</c>, <c>test_eq</c>, <c>test_ne_hash</c>): there the operator or
    /// <c>Equals</c> call is the subject, and an equality assertion would not run it (FH1305 does not apply, unless a literal
    /// is compared: <c>prefix == "v1"</c> compares plain values), and <c>Assert.AreEqual(x, x)</c> runs <c>x.Equals(x)</c>, a
    /// reflexivity check (FH1304 does not apply).
    /// </summary>
    public static bool TestsEquality(string name)
    {
        var start = 0;
        for (var i = 1; i <= name.Length; i++)
        {
            if (i == name.Length || name[i] == '_' || (char.IsUpper(name[i]) && !char.IsUpper(name[i - 1])))
            {
                var word = name.AsSpan(start, i - start).Trim('_');
                if (EqualityWord(word))
                {
                    return true;
                }

                start = i;
            }
        }

        return false;

        static bool EqualityWord(ReadOnlySpan<char> word) =>
            word.Equals("eq", StringComparison.OrdinalIgnoreCase) || word.Equals("ne", StringComparison.OrdinalIgnoreCase)
            || word.StartsWith("equal", StringComparison.OrdinalIgnoreCase) || word.StartsWith("unequal", StringComparison.OrdinalIgnoreCase)
            || word.StartsWith("inequal", StringComparison.OrdinalIgnoreCase) || word.StartsWith("operator", StringComparison.OrdinalIgnoreCase)
            || word.StartsWith("compar", StringComparison.OrdinalIgnoreCase) || word.StartsWith("reflexiv", StringComparison.OrdinalIgnoreCase)
            || word.StartsWith("symmetr", StringComparison.OrdinalIgnoreCase) || word.StartsWith("transitiv", StringComparison.OrdinalIgnoreCase)
            || word.Equals("same", StringComparison.OrdinalIgnoreCase) || word.StartsWith("equival", StringComparison.OrdinalIgnoreCase);
    }
}
