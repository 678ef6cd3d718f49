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
        _byLengthDescending = files
            .Select(f => PackageOf(f.Project))
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(p => p.Length)
            .ThenBy(p => p, StringComparer.Ordinal)
            .ToArray();
    }

    public IReadOnlyList<string> Names => _byLengthDescending;

    /// <summary>The normalised package a project or package name stands for, or null.</summary>
    public static string? PackageOf(string? project)
    {
        if (string.IsNullOrWhiteSpace(project))
        {
            return null;
        }

        var name = project.Trim();
        while (true)
        {
            var cut = name.LastIndexOfAny(['.', '-', '_']);
            var last = cut >= 0 ? name[(cut + 1)..] : name;
            var isSuffix = SuffixWords.Contains(last) || (TierResolver.FromName(last) is not null && cut >= 0);
            if (!isSuffix || cut <= 0)
            {
                break;
            }

            name = name[..cut];
        }

        return Normalize(name);
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
            if (normalized.StartsWith(package, StringComparison.Ordinal) && (normalized.Length == package.Length || normalized[package.Length] == '.'))
            {
                return package;
            }
        }

        return null;
    }

    private static string Normalize(string name) => name.Trim().ToLowerInvariant().Replace('-', '_');
}
