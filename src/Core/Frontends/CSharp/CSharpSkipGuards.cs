using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static FloeHarden.Core.Frontends.CSharp.CSharpSyntax;

namespace FloeHarden.Core.Frontends.CSharp;

/// <summary>
/// FH1506: a run-time skip that cannot happen in CI. <c>if (IsRunningInCI) Assert.Fail(…); else Assert.Skip(…);</c>,
/// <c>Assert.SkipWhen(url is null &amp;&amp; !IsRunningInCI, …)</c>, or a skip after <c>if (IsCI) throw …;</c>: in CI the missing
/// environment fails the test, which is what the rule asks for; the skip only spares a developer machine.
/// </summary>
internal static partial class CSharpSkipGuards
{
    public const string OutsideCi = "outside CI";

    /// <summary>Environment variables CI services set.</summary>
    private static readonly FrozenSet<string> CiVariables = new[]
    {
        "CI", "GITHUB_ACTIONS", "TF_BUILD", "GITLAB_CI", "JENKINS_URL", "BUILDKITE", "CIRCLECI", "TRAVIS", "CONTINUOUS_INTEGRATION", "BUILD_BUILDID",
        "TEAMCITY_VERSION", "APPVEYOR",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A name with a "CI" word: <c>IsRunningInCI</c>, <c>IsCi</c>, <c>RunningOnCI</c>, <c>is_ci</c> (not <c>IsCIDR</c>, <c>Cipher</c>).</summary>
    [GeneratedRegex(@"(?:^|_)ci(?:_|$)|(?:^|[a-z_])(?:CI|Ci)(?:$|_|[A-Z][a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex CiName();

    /// <summary>"outside CI" when the skip at <paramref name="skip"/> (a <c>Skip.If</c>-like call named <paramref name="name"/>, or a throw) cannot run in CI.</summary>
    public static string? Guard(SyntaxNode skip, string? name)
    {
        if (skip is InvocationExpressionSyntax invocation && invocation.ArgumentList.Arguments.FirstOrDefault()?.Expression is { } condition
            && name is "If" or "When" or "SkipWhen" or "IfNot" or "Unless" or "SkipUnless" && OnlyOutsideCi(condition, name is "If" or "When" or "SkipWhen"))
        {
            return OutsideCi;
        }

        SyntaxNode child = skip;
        for (var node = skip.Parent; node is not null and not MemberDeclarationSyntax and not AnonymousFunctionExpressionSyntax and not LocalFunctionStatementSyntax; child = node, node = node.Parent)
        {
            switch (node)
            {
                case IfStatementSyntax branch when child == branch.Statement && OnlyOutsideCi(branch.Condition, true):
                case ElseClauseSyntax { Parent: IfStatementSyntax owner } when OnlyOutsideCi(owner.Condition, false):
                    return OutsideCi;
                case BlockSyntax block when child is StatementSyntax statement:
                    foreach (var earlier in block.Statements)
                    {
                        if (earlier == statement)
                        {
                            break;
                        }

                        // if (IsRunningInCI) { Assert.Fail("…"); } before the skip: in CI the skip is never reached
                        if (earlier is IfStatementSyntax { Else: null } failInCi && Polarity(failInCi.Condition) == 1 && Fails(failInCi.Statement))
                        {
                            return OutsideCi;
                        }
                    }

                    break;
            }
        }

        return null;
    }

    /// <summary>Whether a skip taken when <paramref name="condition"/> is <paramref name="whenTrue"/> is taken only outside CI.</summary>
    private static bool OnlyOutsideCi(ExpressionSyntax condition, bool whenTrue)
    {
        condition = Unwrap(condition);
        if (Polarity(condition) is var polarity and not 0)
        {
            return whenTrue ? polarity == -1 : polarity == 1;
        }

        return condition switch
        {
            BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalAndExpression } both when whenTrue => OnlyOutsideCi(both.Left, true) || OnlyOutsideCi(both.Right, true),
            BinaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalOrExpression } either when !whenTrue => OnlyOutsideCi(either.Left, false) || OnlyOutsideCi(either.Right, false),
            _ => false,
        };
    }

    /// <summary>1 when the expression holds in CI (<c>IsRunningInCI</c>, <c>GetEnvironmentVariable("CI") is not null</c>), -1 when it holds only outside CI, else 0.</summary>
    private static int Polarity(ExpressionSyntax expression)
    {
        expression = Unwrap(expression);
        switch (expression)
        {
            case PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.LogicalNotExpression } negation:
                return -Polarity(negation.Operand);
            case IdentifierNameSyntax id:
                return CiName().IsMatch(id.Identifier.ValueText) ? 1 : 0;
            case MemberAccessExpressionSyntax access:
                return CiName().IsMatch(access.Name.Identifier.ValueText) ? 1 : 0;
            case InvocationExpressionSyntax call:
                {
                    var first = call.ArgumentList.Arguments.FirstOrDefault()?.Expression;
                    if (StringValue(first) is { } variable && CiVariables.Contains(variable))
                    {
                        return 1; // Environment.GetEnvironmentVariable("CI")
                    }

                    var name = InvokedName(call);
                    if (name is "IsNullOrEmpty" or "IsNullOrWhiteSpace" && first is not null)
                    {
                        return -Polarity(first);
                    }

                    return name is not null && CiName().IsMatch(name) ? 1 : 0;
                }

            case IsPatternExpressionSyntax pattern:
                {
                    var p = Polarity(pattern.Expression);
                    return pattern.Pattern switch
                    {
                        ConstantPatternSyntax { Expression: var c } => IsNegative(c) ? -p : p,
                        UnaryPatternSyntax { Pattern: ConstantPatternSyntax { Expression: var c } } => IsNegative(c) ? p : -p,
                        _ => 0,
                    };
                }

            case BinaryExpressionSyntax { RawKind: (int)SyntaxKind.EqualsExpression or (int)SyntaxKind.NotEqualsExpression } comparison:
                {
                    var p = Polarity(comparison.Left);
                    var negative = IsNegative(comparison.Right);
                    return comparison.IsKind(SyntaxKind.EqualsExpression) == negative ? -p : p;
                }

            default:
                return 0;
        }
    }

    /// <summary>A value that means "not set" or "no": <c>null</c>, <c>false</c>, <c>""</c>.</summary>
    private static bool IsNegative(ExpressionSyntax value) =>
        Unwrap(value) is LiteralExpressionSyntax literal && (literal.IsKind(SyntaxKind.NullLiteralExpression) || literal.IsKind(SyntaxKind.FalseLiteralExpression)
                                                             || (literal.IsKind(SyntaxKind.StringLiteralExpression) && literal.Token.ValueText is "" or "0" or "false"));

    /// <summary>The statement fails the test: Assert.Fail, a throw.</summary>
    private static bool Fails(StatementSyntax statement) =>
        statement.DescendantNodesAndSelf().Any(n => n is ThrowStatementSyntax or ThrowExpressionSyntax || (n is InvocationExpressionSyntax i && InvokedName(i) == "Fail"));

    private static ExpressionSyntax Unwrap(ExpressionSyntax e) => e is ParenthesizedExpressionSyntax p ? Unwrap(p.Expression) : e;
}
