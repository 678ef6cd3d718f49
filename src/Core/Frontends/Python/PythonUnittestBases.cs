using System.Collections.Immutable;
using FloeHarden.Core.Model;
using MemoryPack;

namespace FloeHarden.Core.Frontends.Python;

/// <summary>
/// What one file tells the cross-file pass about its classes: the module-level classes and class aliases that reach a
/// unittest base within the file (<see cref="Unittest"/>), those whose chain leaves the file (<see cref="Pending"/>, with
/// the base names it leaves unresolved), and its test-like classes waiting on such a base (<see cref="Candidates"/>).
/// </summary>
[MemoryPackable]
internal sealed partial record PythonClassFacts(
    ImmutableArray<string> Unittest,
    ImmutableArray<PythonPendingClass> Pending,
    ImmutableArray<PythonCandidateClass> Candidates)
{
    /// <summary>
    /// The bases, from other modules, of the file's collected test classes (and of the uncollected classes of the file
    /// those derive from), as imported (<c>tests.contracts.StoreContract</c>), once per collecting class: where contract
    /// mixins with <c>test*</c> methods may be.
    /// </summary>
    public ImmutableArray<string> Derived { get; init; } = [];
}

/// <summary>A module-level class or alias whose bases come from other modules, each as the dotted name it is imported by when known.</summary>
[MemoryPackable]
internal sealed partial record PythonPendingClass(string Name, ImmutableArray<string> Bases);

/// <summary>
/// A class pytest does not collect by itself with <c>test*</c> methods: in a test module, one whose base comes from another
/// module; in any module, a module-level one (a contract mixin). Its methods are helpers in the file's model; <see cref="Units"/>
/// hold what each is as a test, applied when the base turns out to be a unittest base or a collected class of another
/// module derives from it.
/// </summary>
[MemoryPackable]
internal sealed partial record PythonCandidateClass(int Type, ImmutableArray<string> Bases, ImmutableArray<PythonTestOverlay> Units)
{
    /// <summary>In a test module: pytest collects the class itself when a base turns out to be a unittest base.</summary>
    public bool Collectable { get; init; } = true;

    /// <summary>The file's other candidates this one derives from (at any depth): their tests run wherever this one's do.</summary>
    public ImmutableArray<int> Ancestors { get; init; } = [];
}

/// <summary>A candidate's method as a test: the unit's index and the fields a test records beyond a helper.</summary>
[MemoryPackable]
internal sealed partial record PythonTestOverlay(
    int Unit,
    ImmutableArray<Trait> Traits,
    ImmutableArray<SkipSite> Skips,
    int CaseCount,
    ImmutableArray<string> Parameters,
    bool IsPlaceholder,
    ImmutableArray<string> FixtureNames,
    ImmutableArray<int> FixtureTraits);

/// <summary>
/// pytest collects a class that subclasses <c>unittest.TestCase</c> at any depth, wherever its bases are defined
/// (sqlalchemy <c>class OnConflictTest(fixtures.TablesTest)</c>, mypy <c>class TypesSuite(Suite)</c> with
/// <c>Suite = TestCase</c> in a helper module). The helper resolves bases within a file; this pass, after the per-file
/// cache, resolves the rest by name across the audited Python files and turns the waiting classes' <c>test*</c> methods
/// into tests. A name defined in several files is narrowed to the files the import names (<c>from .test_session import
/// AsyncFixture</c>: a <c>test_session.py</c>, or a file in a <c>test_session</c> folder); it counts only when every
/// definition left reaches a unittest base. pytest also runs the <c>test*</c> methods a collected class inherits from a
/// class it does not collect by itself (a contract mixin: <c>class StoreContract</c> in <c>tests/contracts.py</c>,
/// <c>class TestDictStore(StoreContract)</c> elsewhere): the helper settles that within a file, this pass across files.
/// </summary>
internal static class PythonUnittestBases
{
    public static void Promote(PythonMappedFile[] files)
    {
        if (!files.Any(f => f.Classes is { Candidates.IsEmpty: false }))
        {
            return;
        }

        // A definition's bases: null when it reaches a unittest base in its own file, empty when it reaches none.
        var definitions = new Dictionary<string, List<(string Path, ImmutableArray<string>? Bases)>>(StringComparer.Ordinal);
        void Define(string name, string path, ImmutableArray<string>? bases)
        {
            if (!definitions.TryGetValue(name, out var list))
            {
                definitions[name] = list = [];
            }

            list.Add((path, bases));
        }

        foreach (var file in files)
        {
            var facts = file.Classes;
            var described = new HashSet<string>(StringComparer.Ordinal);
            if (facts is not null)
            {
                foreach (var name in facts.Unittest)
                {
                    described.Add(name);
                    Define(name, file.Model.Path, null);
                }

                foreach (var pending in facts.Pending)
                {
                    described.Add(pending.Name);
                    Define(pending.Name, file.Model.Path, pending.Bases);
                }
            }

            // Every other class of the file is a definition that reaches no unittest base: it makes its name ambiguous.
            foreach (var type in file.Model.Types)
            {
                if (described.Add(type.Name))
                {
                    Define(type.Name, file.Model.Path, []);
                }
            }
        }

        var resolved = new Dictionary<string, bool>(StringComparer.Ordinal);
        bool IsUnittest(string imported)
        {
            if (resolved.TryGetValue(imported, out var known))
            {
                return known;
            }

            var dot = imported.LastIndexOf('.');
            if (!definitions.TryGetValue(imported[(dot + 1)..], out var list))
            {
                return resolved[imported] = false;
            }

            if (list.Count > 1 && dot > 0 && imported[..dot].TrimStart('.') is { Length: > 0 } module)
            {
                var named = module[(module.LastIndexOf('.') + 1)..];
                var matching = list.FindAll(d => InModule(d.Path, named));
                if (matching.Count > 0)
                {
                    list = matching;
                }
            }

            resolved[imported] = false; // a cycle reaches no unittest base
            var all = list.TrueForAll(d => d.Bases is not { } bases || bases.Any(IsUnittest));
            return resolved[imported] = all;
        }

        var runs = MixinRuns(files, definitions);
        for (var i = 0; i < files.Length; i++)
        {
            var file = files[i];
            if (file.Classes is not { Candidates.IsEmpty: false } facts)
            {
                continue;
            }

            // (candidate, how many collecting classes run its tests): collected itself (a unittest base), else through the
            // collected classes of other modules that derive from it.
            var promoted = facts.Candidates
                .Select((c, k) => (Candidate: c, Runs: c.Collectable && c.Bases.Any(IsUnittest) ? 1 : runs.GetValueOrDefault((i, k))))
                .Where(p => p.Runs > 0)
                .ToList();
            if (promoted.Count == 0)
            {
                continue;
            }

            var units = file.Model.Units.ToBuilder();
            var types = file.Model.Types.ToBuilder();
            var uses = file.FixtureUses.ToBuilder();
            foreach (var (candidate, count) in promoted)
            {
                foreach (var overlay in candidate.Units)
                {
                    units[overlay.Unit] = units[overlay.Unit] with
                    {
                        Kind = CodeUnitKind.Test,
                        Traits = overlay.Traits,
                        Skips = overlay.Skips,
                        CaseCount = Math.Max(1, overlay.CaseCount) * count,
                        Parameters = overlay.Parameters,
                        IsPlaceholder = overlay.IsPlaceholder,
                    };
                    for (var k = 0; k < overlay.FixtureNames.Length; k++)
                    {
                        uses.Add((overlay.FixtureNames[k], (MockTraits)overlay.FixtureTraits[k]));
                    }
                }

                if ((uint)candidate.Type < (uint)types.Count)
                {
                    types[candidate.Type] = types[candidate.Type] with { HasTests = true, IsFakeShaped = false };
                }
            }

            files[i] = file with
            {
                Model = file.Model with { Units = units.ToImmutable(), Types = types.ToImmutable() },
                FixtureUses = uses.ToImmutable(),
            };
        }
    }

    /// <summary>
    /// Contract mixins other modules' test classes derive from: for each candidate (file, index), how many collected classes
    /// run its tests — each <see cref="PythonClassFacts.Derived"/> base resolved by name to the candidates defining it
    /// (narrowed to the module the import names when the name is defined in several files), then on through the
    /// candidate's own bases, in its file and beyond.
    /// </summary>
    private static Dictionary<(int File, int Candidate), int> MixinRuns(PythonMappedFile[] files, Dictionary<string, List<(string Path, ImmutableArray<string>? Bases)>> definitions)
    {
        var runs = new Dictionary<(int, int), int>();
        if (!files.Any(f => f.Classes is { Derived.IsEmpty: false }))
        {
            return runs;
        }

        var byName = new Dictionary<string, List<(int File, int Candidate)>>(StringComparer.Ordinal);
        for (var i = 0; i < files.Length; i++)
        {
            if (files[i].Classes is not { Candidates.IsEmpty: false } facts)
            {
                continue;
            }

            var types = files[i].Model.Types;
            for (var k = 0; k < facts.Candidates.Length; k++)
            {
                if ((uint)facts.Candidates[k].Type < (uint)types.Length)
                {
                    var name = types[facts.Candidates[k].Type].Name;
                    if (!byName.TryGetValue(name, out var list))
                    {
                        byName[name] = list = [];
                    }

                    list.Add((i, k));
                }
            }
        }

        if (byName.Count == 0)
        {
            return runs;
        }

        List<(int File, int Candidate)> Resolve(string imported)
        {
            var dot = imported.LastIndexOf('.');
            var name = imported[(dot + 1)..];
            if (!byName.TryGetValue(name, out var found))
            {
                return [];
            }

            if (dot > 0 && imported[..dot].TrimStart('.') is { Length: > 0 } module
                && (found.Count > 1 || definitions.GetValueOrDefault(name)?.Count > 1))
            {
                var named = module[(module.LastIndexOf('.') + 1)..];
                var inModule = definitions.GetValueOrDefault(name)?.Where(d => InModule(d.Path, named)).Select(d => d.Path).ToHashSet(StringComparer.Ordinal);
                if (inModule is { Count: > 0 })
                {
                    return found.FindAll(c => inModule.Contains(files[c.File].Model.Path));
                }
            }

            return found;
        }

        var reached = new HashSet<(int, int)>();
        var pending = new Stack<(int File, int Candidate)>();
        foreach (var file in files)
        {
            if (file.Classes is not { Derived.IsEmpty: false } facts)
            {
                continue;
            }

            foreach (var imported in facts.Derived)
            {
                // One collecting class: every mixin it reaches runs once more.
                reached.Clear();
                foreach (var root in Resolve(imported))
                {
                    pending.Push(root);
                }

                while (pending.Count > 0)
                {
                    var at = pending.Pop();
                    if (!reached.Add(at))
                    {
                        continue;
                    }

                    runs[at] = runs.GetValueOrDefault(at) + 1;
                    var candidate = files[at.File].Classes!.Candidates[at.Candidate];
                    foreach (var ancestor in candidate.Ancestors)
                    {
                        pending.Push((at.File, ancestor));
                    }

                    foreach (var b in candidate.Bases)
                    {
                        foreach (var next in Resolve(b))
                        {
                            pending.Push(next);
                        }
                    }
                }
            }
        }

        return runs;
    }

    /// <summary>The file is the module <paramref name="name"/> (<c>name.py</c>) or lies in its package folder.</summary>
    private static bool InModule(string path, string name)
    {
        var slash = path.LastIndexOf('/');
        var file = path[(slash + 1)..];
        if (file == name + ".py")
        {
            return true;
        }

        var folder = slash > 0 ? path[(path.LastIndexOf('/', slash - 1) + 1)..slash] : "";
        return folder == name;
    }
}
