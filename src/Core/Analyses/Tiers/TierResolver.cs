using FloeHarden.Core.Config;
using FloeHarden.Core.Model;

namespace FloeHarden.Core.Analyses.Tiers;

/// <summary>The three witnesses of a test's tier (RULES.md "Tiers"): where it lives, what it declares, what it touches.</summary>
public static class TierResolver
{
    private static readonly char[] NameSeparators = ['.', '-', '_'];

    /// <summary>
    /// Tier by location: configured globs first, then the deepest folder naming a tier, then the project name. A folder
    /// that is only a word which also names things (<c>system</c>, <c>component</c>, <c>functional</c>, <c>acceptance</c>,
    /// <c>contract</c>, <c>units</c>, <c>it</c>) names a tier only where tiers are laid out: right under a test root
    /// (<c>tests/system/</c>) or as the audited folder's first level when that folder is a test root. Deeper down it is a
    /// domain folder — ansible's <c>test/units/module_utils/facts/system/</c> holds unit tests of system facts,
    /// Humanizer's <c>Localisation/it/</c> Italian ones, astropy's <c>astropy/units/tests/</c> tests of physical units.
    /// </summary>
    public static Tier ByLocation(string root, SourceFileModel file, AuditConfig config)
    {
        if (config.ConfiguredTier(Path.Combine(root, file.Path)) is { } configured)
        {
            return configured;
        }

        var segments = file.Path.Split('/');
        for (var i = segments.Length - 2; i >= 0; i--)
        {
            var parent = i > 0 ? segments[i - 1] : Path.GetFileName(Path.TrimEndingDirectorySeparator(root));
            if (FromName(segments[i]) is { } tier && (!IsBareDomainWord(segments[i]) || IsTestRoot(parent)))
            {
                return tier;
            }

            if (IsSmokeFolder(segments[i]) && IsTestRoot(parent))
            {
                return Tier.E2E;
            }
        }

        return file.Project is not null && FromName(file.Project) is { } projectTier ? projectTier : Tier.Unknown;
    }

    /// <summary>
    /// A smoke-test suite laid out as a tier (<c>tests/smoke/</c>, celery's <c>t/smoke/</c>): a quick run of the assembled,
    /// deployed system (celery starts broker, backend and worker containers), so e2e. Only as a folder right under a test
    /// root: a <c>smoke</c> marker or category picks a quick subset of tests of any tier and names none.
    /// </summary>
    private static bool IsSmokeFolder(string folder) =>
        folder.ToLowerInvariant() is "smoke" or "smoketests" or "smoke_tests" or "smoke-tests";

    private static bool IsBareDomainWord(string folder) =>
        folder.ToLowerInvariant() is "system" or "component" or "units" or "functional" or "acceptance" or "contract" or "contracts" or "it";

    private static bool IsTestRoot(string folder) =>
        folder.ToLowerInvariant() is "test" or "tests" or "testing" or "spec" or "specs" or "__tests__" or "t";

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
