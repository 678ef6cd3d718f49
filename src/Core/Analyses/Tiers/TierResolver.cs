using FloeHarden.Core.Config;
using FloeHarden.Core.Model;

namespace FloeHarden.Core.Analyses.Tiers;

/// <summary>The three witnesses of a test's tier (RULES.md "Tiers"): where it lives, what it declares, what it touches.</summary>
public static class TierResolver
{
    private static readonly char[] NameSeparators = ['.', '-', '_'];

    /// <summary>Tier by location: configured globs first, then the deepest folder naming a tier, then the project name.</summary>
    public static Tier ByLocation(string root, SourceFileModel file, AuditConfig config)
    {
        if (config.ConfiguredTier(Path.Combine(root, file.Path)) is { } configured)
        {
            return configured;
        }

        var segments = file.Path.Split('/');
        for (var i = segments.Length - 2; i >= 0; i--)
        {
            if (FromName(segments[i]) is { } tier)
            {
                return tier;
            }
        }

        return file.Project is not null && FromName(file.Project) is { } projectTier ? projectTier : Tier.Unknown;
    }

    /// <summary>
    /// A tier named by a folder or project: <c>integration</c>, <c>Orders.IntegrationTests</c>, <c>unit_tests</c>,
    /// <c>Foo.E2E</c>. Not the plural <c>integrations</c>: as a folder it names integrations with other libraries far more
    /// often than a tier (sentry-python's <c>tests/integrations/django/</c> mirrors <c>sentry_sdk/integrations/</c>).
    /// </summary>
    public static Tier? FromName(string name)
    {
        if (name.Equals("integrations", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (TierNames.TryParse(name, out var whole))
        {
            return whole;
        }

        foreach (var part in name.Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries).Reverse())
        {
            if (TierNames.TryParse(part, out var tier) && !part.Equals("it", StringComparison.OrdinalIgnoreCase))
            {
                return tier;
            }
        }

        return null;
    }

    /// <summary>Tier by declaration: categories, traits and markers on the test, its class, its file or its assembly.</summary>
    public static Tier Declared(IEnumerable<Trait> traits)
    {
        var best = Tier.Unknown;
        foreach (var trait in traits)
        {
            var word = trait.IsCategory ? trait.Value : trait.Value.Length == 0 ? trait.Name : null;
            if (word is not null && TierNames.TryParse(word, out var tier) && tier > best)
            {
                best = tier;
            }
        }

        return best;
    }

    /// <summary>Whether a touch means the test leaves the process for a real external resource.</summary>
    public static bool IsExternal(ResourceKind kind) =>
        kind is ResourceKind.Network or ResourceKind.Database or ResourceKind.Cluster or ResourceKind.Container or ResourceKind.Process;
}
