using System.Collections.Frozen;
using FloeHarden.Core.Model;

namespace FloeHarden.Core.Analyses.Tiers;

/// <summary>
/// EF Core contexts: constructing a type whose base chain — through any number of the tree's own base classes, across
/// files — reaches <c>DbContext</c> (or <c>IdentityDbContext</c>, <c>DbContext&lt;T&gt;</c>, a <c>…DbContext</c> the tree
/// does not declare) reaches a database, which no single file shows: <c>new OrdersContext()</c> where
/// <c>OrdersContext : LocalDbContext</c> and <c>LocalDbContext : DbContext</c> configures SQL Server.
/// A context configured only with EF Core's in-memory provider (<c>UseInMemoryDatabase</c>) is a test double and touches
/// nothing; SQLite, even <c>Data Source=:memory:</c>, is a real relational engine and counts, as <c>new SqliteConnection</c> does.
/// </summary>
public sealed class DatabaseContexts
{
    private const int ChainDepth = 8;

    private static readonly FrozenSet<string> ContextBases = new[]
    {
        "DbContext", "IdentityDbContext", "IdentityUserContext", "ApiAuthorizationDbContext", "KeyApiAuthorizationDbContext",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> InMemoryProviders = new[] { "UseInMemoryDatabase" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> RealProviders = new[]
    {
        "UseSqlServer", "UseAzureSql", "UseAzureSynapse", "UseNpgsql", "UseSqlite", "UseMySql", "UseMySQL", "UseOracle", "UseCosmos",
        "UseFirebird", "UseJet", "UseMongoDB", "UseDb2", "UseSqlCe", "UseSpanner", "UseSnowflake",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Base types by type name, over every C# file (a name declared twice has the bases of both).</summary>
    private readonly FrozenDictionary<string, string[]> _bases;

    /// <summary>The provider each type's own members configure (<c>OnConfiguring</c>, a constructor's <c>base(options)</c>), over every file.</summary>
    private readonly FrozenDictionary<string, Provider> _providers;

    /// <summary>The same per file: a type the file declares is that one, not a same-named type elsewhere.</summary>
    private readonly FrozenDictionary<(string File, string Type), Provider> _providersByFile;

    /// <summary>Names that may be contexts: declared types whose chain reaches a context base. Rules most constructions out at once.</summary>
    private readonly FrozenSet<string> _candidates;

    public DatabaseContexts(IEnumerable<SourceFileModel> files)
    {
        var csharp = files.Where(f => f.Language == SourceLanguage.CSharp).ToList();
        _bases = csharp
            .SelectMany(f => f.Types)
            .GroupBy(t => t.Name, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.SelectMany(t => t.BaseTypes).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        _providersByFile = csharp
            .SelectMany(f => f.Units.Where(u => u.Container is not null).GroupBy(u => u.Container!, StringComparer.Ordinal).Select(g => (File: f.Path, Type: g.Key, Provider: ProviderOf(g))))
            .Where(x => x.Provider != Provider.None)
            .ToFrozenDictionary(x => (x.File, x.Type), x => x.Provider);
        _providers = _providersByFile
            .GroupBy(kv => kv.Key.Type, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Aggregate(Provider.None, (p, kv) => p | kv.Value), StringComparer.Ordinal);
        _candidates = _bases.Keys.Where(name => Chain(null, name) is not null).ToFrozenSet(StringComparer.Ordinal);
    }

    [Flags]
    private enum Provider
    {
        None = 0,
        InMemory = 1,
        Real = 2,
    }

    /// <summary>
    /// The database touch of constructing <paramref name="construction"/> in <paramref name="file"/>, or null when the type is
    /// no context or only an in-memory one. <paramref name="behaviour"/> is what the test runs: a provider it configures
    /// itself (options passed to the context) decides before the one the context's own members configure.
    /// </summary>
    public ResourceTouch? Touch(SourceFileModel file, CallSite construction, IEnumerable<CodeUnit> behaviour)
    {
        if (construction.Kind != CallKind.Construction || !IsCandidate(construction.Name) || Chain(file, construction.Name) is not { } chain)
        {
            return null;
        }

        var provider = ProviderOf(behaviour);
        if (provider == Provider.None)
        {
            provider = chain.Select((type, i) => i == 0 && file.Types.Any(t => t.Name == type)
                    ? _providersByFile.GetValueOrDefault((file.Path, type))
                    : _providers.GetValueOrDefault(type))
                .Aggregate(Provider.None, (p, q) => p | q);
        }

        return provider == Provider.InMemory
            ? null
            : new ResourceTouch(construction.Line, ResourceKind.Database, $"new {construction.Name} ({(chain.Count > 1 ? string.Join(" → ", chain.Skip(1)) : "a DbContext by its name")})");
    }

    /// <summary>Whether any construction of this name could be a context: cheap, asked for every construction of every test.</summary>
    public bool IsCandidate(string name) => _candidates.Contains(name) || (IsContextName(name) && !AuditInput.IsFakeName(name));

    /// <summary>
    /// The types from <paramref name="name"/> up to the context base (name first), or null when the chain does not reach one.
    /// A type the file itself declares (a nested <c>Context</c> of the test class) is that one, not a same-named type elsewhere.
    /// </summary>
    private List<string>? Chain(SourceFileModel? file, string name)
    {
        var path = new List<string> { name };
        return Reaches(file, name, path, 0) ? path : null;
    }

    private bool Reaches(SourceFileModel? file, string name, List<string> path, int depth)
    {
        if (ContextBases.Contains(name) || (!_bases.ContainsKey(name) && IsContextName(name)))
        {
            return true;
        }

        if (depth >= ChainDepth)
        {
            return false;
        }

        var local = file?.Types.Where(t => t.Name == name).ToList();
        IEnumerable<string> bases = local is { Count: > 0 } ? local.SelectMany(t => t.BaseTypes) : _bases.GetValueOrDefault(name, []);
        foreach (var b in bases)
        {
            if (path.Contains(b))
            {
                continue;
            }

            path.Add(b);
            if (Reaches(null, b, path, depth + 1))
            {
                return true;
            }

            path.RemoveAt(path.Count - 1);
        }

        return false;
    }

    /// <summary>EF Core's naming convention for contexts a tree derives from a library or its production code (<c>ShopDbContext</c>).</summary>
    private static bool IsContextName(string name) => name.EndsWith("DbContext", StringComparison.Ordinal);

    private static Provider ProviderOf(IEnumerable<CodeUnit> units)
    {
        var provider = Provider.None;
        foreach (var unit in units)
        {
            foreach (var call in unit.Calls)
            {
                if (call.Kind != CallKind.Invocation)
                {
                    continue;
                }

                if (InMemoryProviders.Contains(call.Name))
                {
                    provider |= Provider.InMemory;
                }
                else if (RealProviders.Contains(call.Name))
                {
                    provider |= Provider.Real;
                }
            }
        }

        return provider;
    }
}
