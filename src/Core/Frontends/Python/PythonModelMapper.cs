using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.Json;
using FloeHarden.Core.Discovery;
using FloeHarden.Core.Model;

namespace FloeHarden.Core.Frontends.Python;

/// <summary>
/// A mapped file plus what the cross-file passes need: fixture mocks that are returned, how units use their fixtures, and
/// the file's classes whose unittest base may be in another module.
/// </summary>
internal sealed record PythonMappedFile(
    SourceFileModel Model,
    ImmutableArray<(int Unit, int Mock)> ReturnedMocks,
    ImmutableArray<(string Fixture, MockTraits Traits)> FixtureUses,
    PythonClassFacts? Classes = null);

/// <summary>Maps one summary line of <c>floe_ast.py</c> onto the language-neutral model. The numbers are the model's enum values.</summary>
internal static class PythonModelMapper
{
    private static readonly FrozenSet<string> CategoryMarkers = new[] { "category", "tier", "type", "kind", "test_type", "testtype", "level" }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public static PythonMappedFile Map(JsonElement line, DiscoveredFile file)
    {
        var lineCount = Int(line, "n", 0);
        if (line.TryGetProperty("skip", out var skip))
        {
            return new PythonMappedFile(SourceReader.SkippedModel(file, new ParseProblem(1, 1, skip.GetString() ?? "file skipped", Skipped: true)), [], []);
        }

        if (line.TryGetProperty("err", out var err))
        {
            var problem = new ParseProblem(err[0].GetInt32(), Math.Max(1, err[1].GetInt32()), err[2].GetString() ?? "syntax error", Skipped: false,
                UnauditedTests: err.GetArrayLength() > 3 ? err[3].GetInt32() : 0);
            return new PythonMappedFile(
                new SourceFileModel
                {
                    Path = file.RelativePath,
                    Language = SourceLanguage.Python,
                    Project = file.Project,
                    LineCount = lineCount,
                    Problems = [problem],
                },
                [],
                []);
        }

        var units = ImmutableArray.CreateBuilder<CodeUnit>();
        var returned = ImmutableArray.CreateBuilder<(int, int)>();
        var uses = ImmutableArray.CreateBuilder<(string, MockTraits)>();
        List<(int Candidate, PythonTestOverlay Overlay)>? overlays = null;
        if (line.TryGetProperty("u", out var unitArray))
        {
            foreach (var u in unitArray.EnumerateArray())
            {
                var index = units.Count;
                var mocks = Array(u, "m", m =>
                {
                    return new MockUsage(m[0].GetInt32(), m[1].GetInt32(), m[2].GetString()!, OptionalString(m[3]), OptionalString(m[4]), (MockTraits)m[5].GetInt32(), m[6].GetString() ?? "");
                });
                if (u.TryGetProperty("m", out var rawMocks))
                {
                    var i = 0;
                    foreach (var m in rawMocks.EnumerateArray())
                    {
                        if (m.GetArrayLength() > 7 && m[7].GetInt32() == 1)
                        {
                            returned.Add((index, i));
                        }

                        i++;
                    }
                }

                if (u.TryGetProperty("pt", out var paramTraits))
                {
                    foreach (var p in paramTraits.EnumerateObject())
                    {
                        uses.Add((p.Name, (MockTraits)p.Value.GetInt32()));
                    }
                }

                if (u.TryGetProperty("tv", out var asTest))
                {
                    (overlays ??= []).Add((Int(asTest, "x", -1), Overlay(index, asTest)));
                }

                units.Add(new CodeUnit
                {
                    Name = u.GetProperty("n").GetString()!,
                    Container = u.TryGetProperty("c", out var c) ? c.GetString() : null,
                    Kind = u.GetProperty("k").GetString() switch
                    {
                        "T" => CodeUnitKind.Test,
                        "S" => CodeUnitKind.Setup,
                        _ => CodeUnitKind.Helper,
                    },
                    Line = Int(u, "l", 1),
                    EndLine = Int(u, "e", 1),
                    Traits = Traits(u),
                    CaseCount = Math.Max(1, Int(u, "cc", 1)),
                    Assertions = Array(u, "a", a => new Assertion(
                        a[0].GetInt32(), a[1].GetInt32(), (AssertionLevel)a[2].GetInt32(), (AssertionKind)a[3].GetInt32(), a[4].GetString()!, a[5].GetString() ?? "",
                        (AssertionTraits)a[6].GetInt32(), OptionalString(a[7]))),
                    Mocks = mocks,
                    Calls = Array(u, "ca", x => new CallSite(x[0].GetInt32(), x[1].GetString()!, OptionalString(x[2]), (CallKind)x[3].GetInt32(), OptionalString(x[4]), x[5].GetInt32(), x.GetArrayLength() > 6 ? OptionalString(x[6]) : null,
                        Handler: x.GetArrayLength() > 7 ? OptionalString(x[7]) : null)),
                    Touches = Array(u, "to", x => new ResourceTouch(x[0].GetInt32(), (ResourceKind)x[1].GetInt32(), x[2].GetString() ?? "")),
                    Skips = Skips(u),
                    Parameters = Array(u, "p", x => x.GetString()!),
                    IsPlaceholder = Int(u, "ph", 0) == 1,
                    IsRegistered = Int(u, "rg", 0) == 1,
                    FakesNetwork = Int(u, "fn", 0) == 1,
                    DefinesWrapper = Int(u, "wr", 0) == 1,
                    DiscardedComparison = u.TryGetProperty("dc", out var dc) ? new SourceSnippet(dc[0].GetInt32(), dc[1].GetString() ?? "") : null,
                });
            }
        }

        var model = new SourceFileModel
        {
            Path = file.RelativePath,
            Language = SourceLanguage.Python,
            Project = file.Project,
            LineCount = lineCount,
            Imports = Array(line, "imp", x => x.GetString()!),
            Traits = Traits(line),
            Units = units.ToImmutable(),
            Types = Array(line, "ty", x => new TypeDeclaration(
                x[0].GetString()!, x[1].GetInt32(), x[2].GetInt32(), [.. x[3].EnumerateArray().Select(b => b.GetString()!)], x[4].GetInt32(), x[5].GetBoolean(), x[6].GetBoolean())
            {
                IsFrameworkHook = x.GetArrayLength() > 7 && x[7].GetInt32() == 1,
            }),
            Literals = Array(line, "lit", x => new LiteralValue(x[0].GetInt32(), x[1].GetString()!, OptionalString(x[2]))),
            ConfigDefaults = Array(line, "cfg", x => new ConfigDefault(x[0].GetInt32(), x[1].GetString()!, x[2].GetString()!, x[3].GetString()!)),
            Fallbacks = Array(line, "fb", x => new MockFallback(x[0].GetInt32(), x[1].GetString() ?? "", x[2].GetString() ?? "")),
            ReferencedNames = Array(line, "nm", x => x.GetString()!),
            IsTestData = Int(line, "nc", 0) == 1,
            Suppressions = SuppressionComments.Resolve(
                Array(line, "sup", x => new CommentText(x[0].GetInt32(), x[1].GetInt32(), x[2].GetString() ?? "")),
                Array(line, "decl", x => new DeclarationSpan(x[0].GetInt32(), x[1].GetInt32(), x[2].GetInt32(), x[3].GetString() ?? ""))),
        };
        return new PythonMappedFile(model, returned.ToImmutable(), uses.ToImmutable(), ClassFacts(line, overlays));
    }

    private static PythonTestOverlay Overlay(int unit, JsonElement t)
    {
        var names = ImmutableArray.CreateBuilder<string>();
        var traits = ImmutableArray.CreateBuilder<int>();
        if (t.TryGetProperty("pt", out var paramTraits))
        {
            foreach (var p in paramTraits.EnumerateObject())
            {
                names.Add(p.Name);
                traits.Add(p.Value.GetInt32());
            }
        }

        return new PythonTestOverlay(unit, Traits(t), Skips(t), Math.Max(1, Int(t, "cc", 1)), Array(t, "p", x => x.GetString()!), Int(t, "ph", 0) == 1,
            names.ToImmutable(), traits.ToImmutable());
    }

    private static PythonClassFacts? ClassFacts(JsonElement line, List<(int Candidate, PythonTestOverlay Overlay)>? overlays)
    {
        var unittest = Array(line, "xu", x => x.GetString()!);
        var pending = Array(line, "xb", x => new PythonPendingClass(x[0].GetString()!, [.. x[1].EnumerateArray().Select(b => b.GetString()!)]));
        var index = 0;
        var candidates = Array(line, "xc", x =>
        {
            var candidate = index++;
            return new PythonCandidateClass(
                x[0].GetInt32(),
                [.. x[1].EnumerateArray().Select(b => b.GetString()!)],
                overlays is null ? [] : [.. overlays.Where(o => o.Candidate == candidate).Select(o => o.Overlay)])
            {
                Collectable = x.GetArrayLength() <= 2 || x[2].GetInt32() == 1,
                Ancestors = x.GetArrayLength() > 3 ? [.. x[3].EnumerateArray().Select(a => a.GetInt32())] : [],
            };
        });
        var derived = Array(line, "xd", x => x.GetString()!);
        return unittest.IsEmpty && pending.IsEmpty && candidates.IsEmpty && derived.IsEmpty ? null : new PythonClassFacts(unittest, pending, candidates) { Derived = derived };
    }

    private static ImmutableArray<SkipSite> Skips(JsonElement element) =>
        Array(element, "sk", x => new SkipSite(x[0].GetInt32(), (SkipKind)x[1].GetInt32(), OptionalString(x[2]), x.GetArrayLength() > 3 ? OptionalString(x[3]) : null));

    /// <summary>pytest markers as traits: tier markers become categories, the rest keep their name and first value.</summary>
    internal static Trait MarkerTrait(string name, string value)
    {
        if (TierNames.TryParse(name, out var tier))
        {
            return new Trait(Trait.Category, tier.ToName());
        }

        if (CategoryMarkers.Contains(name) && TierNames.TryParse(value, out var declared))
        {
            return new Trait(Trait.Category, declared.ToName());
        }

        return new Trait(name, value);
    }

    private static ImmutableArray<Trait> Traits(JsonElement element) =>
        Array(element, "tr", x => MarkerTrait(x[0].GetString() ?? "", x[1].GetString() ?? ""));

    private static ImmutableArray<T> Array<T>(JsonElement element, string name, Func<JsonElement, T> map)
    {
        if (!element.TryGetProperty(name, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var builder = ImmutableArray.CreateBuilder<T>(array.GetArrayLength());
        foreach (var item in array.EnumerateArray())
        {
            builder.Add(map(item));
        }

        return builder.MoveToImmutable();
    }

    private static int Int(JsonElement element, string name, int fallback) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetInt32() : fallback;

    private static string? OptionalString(JsonElement element) => element.ValueKind == JsonValueKind.String ? element.GetString() : null;
}
