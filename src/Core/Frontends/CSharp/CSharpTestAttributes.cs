using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;

namespace FloeHarden.Core.Frontends.CSharp;

/// <summary>
/// The test attributes a tree derives from the frameworks' own, wherever it declares them: octokit marks 1,836 tests
/// <c>[IntegrationTest]</c> with <c>class IntegrationTestAttribute : FactAttribute</c> in a helpers folder, and chains
/// (<c>class OrganizationTestAttribute : IntegrationTestAttribute</c>) are followed. Read off the source text of the
/// few files that declare an attribute class, before any file is parsed, so each file's model is extracted with the
/// whole tree's set (which is part of the per-file cache key).
/// </summary>
internal static partial class CSharpTestAttributes
{
    /// <summary>The frameworks' test attributes a project derives its own from.</summary>
    public static readonly FrozenSet<string> FrameworkBases = new[]
    {
        "FactAttribute", "TheoryAttribute", "TestAttribute", "TestMethodAttribute", "DataTestMethodAttribute", "TestCaseAttribute",
        "TestCaseSourceAttribute", "SkippableFactAttribute", "SkippableTheoryAttribute", "Fact", "Theory", "Test", "TestMethod",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The applied names (<c>IntegrationTest</c>) of every attribute class the files derive, directly or through each other, from a framework test attribute.</summary>
    public static FrozenSet<string> DerivedIn(IEnumerable<byte[]?> files)
    {
        var bases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var bytes in files)
        {
            // Almost no file declares an attribute class: the byte search skips the others without decoding them.
            if (bytes is null || bytes.AsSpan().IndexOf("Attribute"u8) < 0)
            {
                continue;
            }

            foreach (Match m in DerivedClass().Matches(Encoding.UTF8.GetString(bytes)))
            {
                var name = m.Groups["name"].Value;
                var baseName = m.Groups["base"].Value;
                if (name.EndsWith("Attribute", StringComparison.Ordinal) || baseName.EndsWith("Attribute", StringComparison.Ordinal))
                {
                    (bases.TryGetValue(baseName, out var derived) ? derived : bases[baseName] = []).Add(name);
                }
            }
        }

        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>(FrameworkBases);
        while (pending.TryDequeue(out var baseName))
        {
            foreach (var derived in bases.GetValueOrDefault(baseName) ?? [])
            {
                if (!FrameworkBases.Contains(derived) && found.Add(derived))
                {
                    pending.Enqueue(derived);
                }
            }
        }

        return found.Select(AppliedName).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary><c>IntegrationTestAttribute</c> is applied as <c>[IntegrationTest]</c>; a class without the suffix by its own name.</summary>
    public static string AppliedName(string className) =>
        className.EndsWith("Attribute", StringComparison.Ordinal) && className.Length > 9 ? className[..^9] : className;

    /// <summary><c>class Name[&lt;T&gt;][(primary ctor)] : [Namespace.]Base</c> — the first type of the base list.</summary>
    [GeneratedRegex(@"\bclass\s+(?<name>\w+)\s*(?:<[^>{;]*>)?\s*(?:\([^){;]*\))?\s*:\s*(?:global::)?(?:\w+\.)*(?<base>\w+)", RegexOptions.CultureInvariant)]
    private static partial Regex DerivedClass();
}
