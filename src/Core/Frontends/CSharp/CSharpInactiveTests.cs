using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FloeHarden.Core.Frontends.CSharp;

/// <summary>
/// Tests the modelled build does not compile: <c>#if</c>/<c>#elif</c>/<c>#else</c> branches not taken whose text holds a
/// test attribute (<c>[Fact]</c>, <c>[Test]</c>, …), under a symbol another build of the project defines (its other target
/// frameworks', its other conditions') or one the modelled build defines (<c>#if !NET</c>). Not <c>#if false</c> or a
/// symbol nothing defines (<c>#if DISABLED</c>): that is code switched off. Run only for a file without a test.
/// </summary>
internal static partial class CSharpInactiveTests
{
    public static ImmutableArray<string> Symbols(CompilationUnitSyntax root, string text, CSharpParseOptions options, ImmutableArray<string> otherBuildSymbols, FrozenSet<string> derivedTestAttributes)
    {
        var known = otherBuildSymbols.Concat(options.PreprocessorSymbolNames).ToHashSet(StringComparer.Ordinal);
        var directives = new List<DirectiveTriviaSyntax>();
        for (var d = root.GetFirstDirective(); d is not null; d = d.GetNextDirective())
        {
            directives.Add(d);
        }

        var found = new SortedSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < directives.Count; i++)
        {
            var directive = directives[i];
            var notTaken = directive switch
            {
                IfDirectiveTriviaSyntax d => d.IsActive && !d.BranchTaken,
                ElifDirectiveTriviaSyntax d => d.IsActive && !d.BranchTaken,
                ElseDirectiveTriviaSyntax d => d.IsActive && !d.BranchTaken,
                _ => false,
            };
            if (!notTaken)
            {
                continue;
            }

            // The branch runs to the next directive of its own level (the ones nested in it are inactive).
            var end = text.Length;
            for (var j = i + 1; j < directives.Count; j++)
            {
                if (directives[j].IsActive)
                {
                    end = directives[j].SpanStart;
                    break;
                }
            }

            var start = directive.Span.End;
            if (end <= start || !HasTestAttribute(text.AsSpan(start, end - start), derivedTestAttributes))
            {
                continue;
            }

            var conditions = directive is ElseDirectiveTriviaSyntax
                ? directive.GetRelatedDirectives().Select(ConditionOf).OfType<ExpressionSyntax>()
                : ConditionOf(directive) is { } condition ? [condition] : [];
            foreach (var name in conditions.SelectMany(c => c.DescendantNodesAndSelf().OfType<IdentifierNameSyntax>()).Select(n => n.Identifier.ValueText))
            {
                if (known.Contains(name))
                {
                    found.Add(name);
                }
            }
        }

        return [.. found];
    }

    private static ExpressionSyntax? ConditionOf(Microsoft.CodeAnalysis.SyntaxNode directive) => directive switch
    {
        IfDirectiveTriviaSyntax d => d.Condition,
        ElifDirectiveTriviaSyntax d => d.Condition,
        _ => null,
    };

    private static bool HasTestAttribute(ReadOnlySpan<char> text, FrozenSet<string> derivedTestAttributes)
    {
        foreach (var match in AttributeName().EnumerateMatches(text))
        {
            var name = text.Slice(match.Index, match.Length).TrimStart('[').Trim().ToString();
            name = name[(name.LastIndexOf('.') + 1)..];
            name = name.EndsWith("Attribute", StringComparison.Ordinal) && name.Length > 9 ? name[..^9] : name;
            if (CSharpFileExtractor.IsTestAttribute(name) || derivedTestAttributes.Contains(name))
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"\[\s*(?:\w+\.)*\w+", RegexOptions.CultureInvariant)]
    private static partial Regex AttributeName();
}
