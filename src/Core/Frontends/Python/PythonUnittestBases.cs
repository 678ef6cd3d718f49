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
    ImmutableArray<PythonCandidateClass> Candidates);

/// <summary>A module-level class or alias whose bases come from other modules, each as the dotted name it is imported by when known.</summary>
[MemoryPackable]
internal sealed partial record PythonPendingClass(string Name, ImmutableArray<string> Bases);

/// <summary>
/// A class in a test module with <c>test*</c> methods whose base comes from another module. Its methods are helpers in
/// the file's model; <see cref="Units"/> hold what each is as a test, applied when the base turns out to be a unittest base.
/// </summary>
[MemoryPackable]
internal sealed partial record PythonCandidateClass(int Type, ImmutableArray<string> Bases, ImmutableArray<PythonTestOverlay> Units);

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
/// definition left reaches a unittest base.
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

        for (var i = 0; i < files.Length; i++)
        {
            var file = files[i];
            if (file.Classes is not { Candidates.IsEmpty: false } facts)
            {
                continue;
            }

            var promoted = facts.Candidates.Where(c => c.Bases.Any(IsUnittest)).ToList();
            if (promoted.Count == 0)
            {
                continue;
            }

            var units = file.Model.Units.ToBuilder();
            var types = file.Model.Types.ToBuilder();
            var uses = file.FixtureUses.ToBuilder();
            foreach (var candidate in promoted)
            {
                foreach (var overlay in candidate.Units)
                {
                    units[overlay.Unit] = units[overlay.Unit] with
                    {
                        Kind = CodeUnitKind.Test,
                        Traits = overlay.Traits,
                        Skips = overlay.Skips,
                        CaseCount = Math.Max(1, overlay.CaseCount),
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
