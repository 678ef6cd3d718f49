using System.Collections.Concurrent;
using System.Collections.Frozen;
using FloeHarden.Core.Analyses.Tiers;
using FloeHarden.Core.Model;

namespace FloeHarden.Core.Analyses.Classification;

/// <summary>
/// The repository's own packages, derived from the model for FH1504: every project or package a test file belongs to
/// (C# test project, Python <c>packages/&lt;x&gt;</c> or <c>plugins/&lt;x&gt;</c>), with its test and tier suffixes removed
/// (<c>Shop.Orders.UnitTests</c> → <c>Shop.Orders</c>, <c>floe-core</c> → <c>floe_core</c>). An import (C# namespace,
/// Python module) belongs to the longest package name it starts with, compared case-insensitively with '-' read as '_'.
/// </summary>
public sealed class RepositoryPackages
{
    private static readonly FrozenSet<string> SuffixWords = new[] { "tests", "test", "specs", "spec", "testsuite" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    private static readonly string[] InfrastructureWords = ["testing", "testutils", "testutilities", "testhelpers", "testkit", "harness", "fixtures", "testsupport"];

    private readonly string[] _byLengthDescending;
    private readonly ConcurrentDictionary<string, string?> _packageOfImport = new(StringComparer.Ordinal);

    public RepositoryPackages(IEnumerable<SourceFileModel> files)
    {
        var stripped = files
            .Select(f => f.Project)
            .Distinct(StringComparer.Ordinal)
            .Select(Strip)
            .Where(p => p.Package is not null)
            .ToList();
        _byLengthDescending = stripped
            .Select(p => p.Package!)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(p => p.Length)
            .ThenBy(p => p, StringComparer.Ordinal)
            .ToArray();

        // A product-wide test project named after the root namespace (Shop.EndToEnd.Tests, Shop.IntegrationTests beside
        // Shop.Orders.Tests, Shop.Payments.Tests) is no package of its own: its name would claim every Shop.* namespace
        // no longer package owns, shared test utilities included. It owns only its exact namespace.
        _exactOnly = stripped
            .GroupBy(p => p.Package!, StringComparer.Ordinal)
            .Where(g => g.All(p => p.SpansProduct) && _byLengthDescending.Any(o => o.Length > g.Key.Length && o.StartsWith(g.Key + ".", StringComparison.Ordinal)))
            .Select(g => g.Key)
            .ToFrozenSet(StringComparer.Ordinal);
    }

    private readonly FrozenSet<string> _exactOnly;

    public IReadOnlyList<string> Names => _byLengthDescending;

    /// <summary>The normalised package a project or package name stands for, or null.</summary>
    public static string? PackageOf(string? project) => Strip(project).Package;

    /// <summary>
    /// The package a project stands for, and whether its name was a tier beyond unit tests (<c>EndToEnd</c>,
    /// <c>IntegrationTests</c>, <c>Acceptance</c>): a test project that spans the product rather than testing one package.
    /// </summary>
    private static (string? Package, bool SpansProduct) Strip(string? project)
    {
        if (string.IsNullOrWhiteSpace(project))
        {
            return (null, false);
        }

        var name = project.Trim();
        var spansProduct = false;
        while (true)
        {
            var cut = name.LastIndexOfAny(['.', '-', '_']);
            var last = cut >= 0 ? name[(cut + 1)..] : name;
            var tier = SuffixWords.Contains(last) || cut < 0 ? null : TierResolver.FromName(last);
            var isSuffix = SuffixWords.Contains(last) || tier is not null;
            if (!isSuffix || cut <= 0)
            {
                break;
            }

            spansProduct |= tier is not null and not Tier.Unit;
            name = name[..cut];
        }

        return (Normalize(name), spansProduct);
    }

    /// <summary>Shared test infrastructure (a testing package) is meant to be imported everywhere; it never counts for FH1504.</summary>
    public static bool IsInfrastructure(string package)
    {
        var squeezed = package.Replace("_", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal);
        return InfrastructureWords.Any(w => squeezed.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>The repository package an import belongs to, or null for third-party and standard-library imports.</summary>
    public string? PackageOfImport(string import) =>
        _packageOfImport.TryGetValue(import, out var package) ? package : _packageOfImport.GetOrAdd(import, FindPackageOfImport(import));

    private string? FindPackageOfImport(string import)
    {
        var normalized = Normalize(import);
        foreach (var package in _byLengthDescending)
        {
            if (normalized.StartsWith(package, StringComparison.Ordinal)
                && (normalized.Length == package.Length || (normalized[package.Length] == '.' && !_exactOnly.Contains(package))))
            {
                return package;
            }
        }

        return null;
    }

    private static string Normalize(string name) => name.Trim().ToLowerInvariant().Replace('-', '_');
}
