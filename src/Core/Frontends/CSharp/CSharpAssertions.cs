using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using FloeHarden.Core.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static FloeHarden.Core.Frontends.CSharp.CSharpSyntax;

namespace FloeHarden.Core.Frontends.CSharp;

/// <summary>What the assertion classifier needs to know about the unit an invocation sits in.</summary>
internal interface IAssertionScope
{
    /// <summary>Locals assigned exactly once, from a constructor call: asserting them not-null can never fail.</summary>
    bool IsFreshlyConstructed(string name);

    /// <summary>Variables holding mocks (for Moq's <c>mock.Verify()</c> without arguments).</summary>
    bool IsMock(string name);

    /// <summary>The type a local was constructed from (<c>var test = new CSharpAnalyzerTest&lt;A, V&gt;()</c>), if the unit shows it.</summary>
    string? ConstructedType(string name);

    /// <summary>The unit's name says the equality contract is under test (<c>Equals_SameInstance</c>): <c>AreEqual(x, x)</c> runs <c>x.Equals(x)</c> on purpose.</summary>
    bool TestsEquality { get; }

    /// <summary>The file works with an actor or stream test kit (it names a <c>TestKit</c>, a <c>…Probe</c> or a <c>TestActor</c>).</summary>
    bool UsesTestKit { get; }

    /// <summary>The unit's own type declares a method of this name (a receiverless call of it is that helper, followed as one).</summary>
    bool DeclaresMethod(string name);
}

/// <summary>
/// Classifies assertion calls of MSTest, xUnit, NUnit (classic and constraint model), FluentAssertions/AwesomeAssertions,
/// Shouldly, mock verifications (Moq, NSubstitute, FakeItEasy) and snapshot libraries on the one AC-1.3 hierarchy.
/// </summary>
internal static partial class CSharpAssertions
{
    private const AssertionLevel Exact = AssertionLevel.Exact;
    private const AssertionLevel Structural = AssertionLevel.Structural;
    private const AssertionLevel Moderate = AssertionLevel.Moderate;
    private const AssertionLevel Weak = AssertionLevel.Weak;
    private const AssertionLevel Trivial = AssertionLevel.Trivial;

    private static readonly FrozenSet<string> AssertReceivers = new[] { "Assert", "ClassicAssert", "StringAssert", "CollectionAssert", "FileAssert", "DirectoryAssert" }.ToFrozenSet();

    /// <summary>Assert.* calls that skip or group rather than check.</summary>
    private static readonly FrozenSet<string> NotAssertions = new[]
    {
        "Inconclusive", "Ignore", "Skip", "SkipWhen", "SkipUnless", "Multiple", "MultipleAsync", "EnterMultipleScope", "Equals", "ReferenceEquals", "Warn",
    }.ToFrozenSet();

    private static readonly FrozenDictionary<string, AssertionLevel> FixedLevels = new Dictionary<string, AssertionLevel>
    {
        ["IsNull"] = Moderate,
        ["Null"] = Moderate,
        ["IsNaN"] = Moderate,
        ["Zero"] = Moderate,
        ["IsNotNull"] = Trivial,
        ["NotNull"] = Trivial,
        ["AllItemsAreNotNull"] = Trivial,
        ["IsInstanceOfType"] = Moderate,
        ["IsType"] = Moderate,
        ["IsAssignableFrom"] = Moderate,
        ["IsExactInstanceOfType"] = Moderate,
        ["IsInstanceOf"] = Moderate,
        ["IsAssignableTo"] = Moderate,
        ["IsNotType"] = Moderate,
        ["IsNotAssignableFrom"] = Moderate,
        ["IsNotInstanceOfType"] = Weak,
        ["IsNotInstanceOf"] = Weak,
        ["Contains"] = Moderate,
        ["DoesNotContain"] = Moderate,
        ["StartsWith"] = Moderate,
        ["EndsWith"] = Moderate,
        ["Matches"] = Moderate,
        ["IsMatch"] = Moderate,
        ["DoesNotStartWith"] = Moderate,
        ["DoesNotEndWith"] = Moderate,
        ["DoesNotMatch"] = Weak,
        ["ContainsSingle"] = Moderate,
        ["Single"] = Moderate,
        ["All"] = Moderate,
        ["InRange"] = Moderate,
        ["IsInRange"] = Moderate,
        ["NotInRange"] = Weak,
        ["IsNotInRange"] = Weak,
        ["Subset"] = Moderate,
        ["Superset"] = Moderate,
        ["ProperSubset"] = Moderate,
        ["ProperSuperset"] = Moderate,
        ["IsSubsetOf"] = Moderate,
        ["IsNotSubsetOf"] = Weak,
        ["AllItemsAreInstancesOfType"] = Moderate,
        ["HasCount"] = Moderate,
        ["IsOrdered"] = Moderate,
        ["Distinct"] = Weak,
        ["IsEmpty"] = Moderate,
        ["Empty"] = Moderate,
        ["IsNotEmpty"] = Weak,
        ["NotEmpty"] = Weak,
        ["AllItemsAreUnique"] = Weak,
        ["AreEquivalent"] = Structural,
        ["Equivalent"] = Structural,
        ["Collection"] = Structural,
        ["AreEqualIgnoringCase"] = Exact,
        ["AreNotEquivalent"] = Weak,
        ["Raises"] = Moderate,
        ["RaisesAsync"] = Moderate,
        ["RaisesAny"] = Moderate,
        ["RaisesAnyAsync"] = Moderate,
        ["PropertyChanged"] = Moderate,
        ["PropertyChangedAsync"] = Moderate,
        ["Positive"] = Weak,
        ["Negative"] = Weak,
        ["IsPositive"] = Weak,
        ["IsNegative"] = Weak,
        ["Fail"] = Weak,
        ["Exists"] = Weak,
        ["DoesNotExist"] = Weak,
        ["IsNotNullOrEmpty"] = Weak,
        ["IsNullOrEmpty"] = Moderate,
        ["Pass"] = Trivial,
    }.ToFrozenDictionary();

    private static readonly FrozenSet<string> ExceptionChecks = new[]
    {
        "Throws", "ThrowsAsync", "ThrowsAny", "ThrowsAnyAsync", "ThrowsException", "ThrowsExceptionAsync", "ThrowsExactly", "ThrowsExactlyAsync", "Catch", "CatchAsync",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> EqualityChecks = new[] { "AreEqual", "Equal", "StrictEqual", "AreSame", "Same", "EqualTo" }.ToFrozenSet();

    private static readonly FrozenSet<string> InequalityChecks = new[] { "AreNotEqual", "NotEqual", "NotStrictEqual", "AreNotSame", "NotSame" }.ToFrozenSet();

    private static readonly FrozenSet<string> BooleanChecks = new[] { "IsTrue", "True", "IsFalse", "False", "That" }.ToFrozenSet();

    private static readonly FrozenSet<string> Comparisons = new[]
    {
        "Greater", "GreaterOrEqual", "Less", "LessOrEqual", "IsGreaterThan", "IsGreaterThanOrEqualTo", "IsLessThan", "IsLessThanOrEqualTo",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> AnyArgumentMatchers = new[] { "IsAny", "Any", "Ignored", "_", "IsNotNull", "AnyArgs" }.ToFrozenSet();

    public static Assertion? Classify(InvocationExpressionSyntax invocation, IAssertionScope scope)
    {
        var assertion = ClassifyCall(invocation, scope);
        return assertion is not null && assertion.Traits.HasFlag(AssertionTraits.Tautology) && IsExpectedToFail(invocation)
            ? assertion with { Traits = assertion.Traits & ~AssertionTraits.Tautology }
            : assertion;
    }

    /// <summary>
    /// An assertion inside the lambda of <c>Record.Exception(() => …)</c>, <c>Assert.Throws&lt;T&gt;(() => …)</c>,
    /// <c>Should.Throw(() => …)</c> or <c>Assert.That(() => …, Throws…)</c>: the test expects it to fail (it tests an assertion
    /// library or a custom comparer), so what it compares is the subject, not a check that can never fail.
    /// </summary>
    private static bool IsExpectedToFail(InvocationExpressionSyntax invocation)
    {
        for (SyntaxNode? node = invocation.Parent; node is not null and not MemberDeclarationSyntax; node = node.Parent)
        {
            if (node is AnonymousFunctionExpressionSyntax { Parent: ArgumentSyntax { Parent: ArgumentListSyntax { Parent: InvocationExpressionSyntax runner } } }
                && InvokedName(runner) is { } name
                && ((name is "Exception" or "ExceptionAsync" && ReceiverName(runner) == "Record")
                    || ExceptionChecks.Contains(name)
                    || (name == "That" && runner.ArgumentList.Arguments.Count > 1 && runner.ArgumentList.Arguments[1].Expression.ToString().StartsWith("Throws", StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    private static Assertion? ClassifyCall(InvocationExpressionSyntax invocation, IAssertionScope scope)
    {
        var name = InvokedName(invocation);
        if (name is null)
        {
            return null;
        }

        var receiver = ReceiverName(invocation);
        if (receiver is not null && AssertReceivers.Contains(receiver))
        {
            return ClassicAssert(invocation, receiver, name, scope);
        }

        if (name == "Should" && invocation.ArgumentList.Arguments.Count == 0 && invocation.Expression is MemberAccessExpressionSyntax should)
        {
            return Fluent(invocation, should.Expression, scope);
        }

        if (name.StartsWith("Should", StringComparison.Ordinal) && name.Length > 6 && Receiver(invocation) is { } subject && receiver != "Should")
        {
            return Shouldly(invocation, name, subject, scope);
        }

        if (receiver == "Should" && name is "Throw" or "ThrowAsync" or "NotThrow" or "NotThrowAsync" or "CompleteIn" or "CompleteInAsync")
        {
            var level = name.StartsWith("Not", StringComparison.Ordinal) ? Weak : Moderate;
            return Make(invocation, level, AssertionKind.ExpectedException, $"Should.{name}");
        }

        if (Receiver(invocation) is not null && InfixExpectation().Match(name) is { Success: true } expectation && IsDiscarded(invocation))
        {
            return Expectation(invocation, name, expectation);
        }

        if (name == "Scenario" && AlbaScenario(invocation) is { } scenario)
        {
            return scenario;
        }

        return MockVerification(invocation, name, receiver, scope) ?? Snapshot(invocation, name, receiver) ?? AnalyzerTestRun(invocation, name, scope)
            ?? TestKitExpectation(invocation, name, scope);
    }

    [GeneratedRegex("^Expect[A-Z]", RegexOptions.CultureInvariant)]
    private static partial Regex ExpectationName();

    /// <summary>
    /// An actor or stream test kit's expectation (Akka.TestKit, Akka.Streams.TestKit, Akka.Hosting.TestKit): <c>ExpectMsg</c>,
    /// <c>ExpectTerminated</c>, <c>ExpectNext</c>, <c>ExpectComplete</c>, <c>EventFilter.Exception&lt;T&gt;().ExpectOne(…)</c>,
    /// on a probe or inherited from the kit, <c>RequestNext(x)</c> (a request and an <c>ExpectNext(x)</c>), <c>ReceiveN(n)</c>,
    /// <c>FishForMessage(…)</c>, and <c>AwaitCondition</c>/<c>AwaitAssert</c>: each fails the test when what it
    /// waits for does not come. Only in a file that works with a test kit (elsewhere an <c>x.ExpectCollection&lt;T&gt;()</c> is
    /// as often a builder's set-up), and not a receiverless call of the unit's own class's method (followed as a helper).
    /// Graded by what it compares: a value (<c>ExpectMsg("hello")</c>, <c>ExpectTerminated(actor)</c>) is exact, several or a
    /// collection (<c>ExpectNext(1, 2, 3)</c>, <c>ExpectNextN(new[] { 1, 2 })</c>, <c>ExpectMsgAllOf</c>) structural, a type, a
    /// count or a predicate (<c>ExpectMsg&lt;T&gt;()</c>, <c>ExpectNextN(3)</c>, <c>ExpectMsg&lt;T&gt;(m =&gt; …)</c>) moderate; an
    /// absence or a bare signal (<c>ExpectNoMsg</c>, <c>ExpectComplete()</c>, <c>ExpectSubscription()</c>, <c>ExpectError()</c>) weak.
    /// Time-outs, hints and cancellation tokens are no values. <c>AwaitCondition(() =&gt; c)</c> is judged by its condition like
    /// <c>Assert.True(c)</c>; <c>AwaitAssert(() =&gt; …)</c> is weak, its lambda's assertions count on their own.
    /// </summary>
    private static Assertion? TestKitExpectation(InvocationExpressionSyntax invocation, string name, IAssertionScope scope)
    {
        var awaitCondition = name is "AwaitCondition" or "AwaitConditionAsync";
        var awaitAssert = name is "AwaitAssert" or "AwaitAssertAsync";
        if (!(awaitCondition || awaitAssert || ExpectationName().IsMatch(name) || name is "RequestNext" or "RequestNextAsync" or "FishForMessage" or "FishForMessageAsync" or "ReceiveN" or "ReceiveNAsync")
            || !scope.UsesTestKit)
        {
            return null;
        }

        var receiver = Receiver(invocation);
        if (receiver is null or ThisExpressionSyntax && scope.DeclaresMethod(name))
        {
            return null;
        }

        var values = new List<ExpressionSyntax>();
        var arguments = invocation.ArgumentList.Arguments;
        for (var i = 0; i < arguments.Count; i++)
        {
            if (!IsTimingArgument(arguments[i], i))
            {
                values.Add(arguments[i].Expression);
            }
        }

        if (awaitCondition)
        {
            if (values.FirstOrDefault() is LambdaExpressionSyntax { Body: ExpressionSyntax body })
            {
                var (conditionLevel, traits) = Condition(body, positive: true);
                return Make(invocation, conditionLevel, AssertionKind.Assertion, name, traits & ~(AssertionTraits.BooleanOfEquality | AssertionTraits.ValueComparison));
            }

            return Make(invocation, Weak, AssertionKind.Assertion, name);
        }

        var typed = invocation.Expression is MemberAccessExpressionSyntax { Name: GenericNameSyntax } or GenericNameSyntax
                    || receiver is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name: GenericNameSyntax } };
        var level = awaitAssert || (name.Length > 8 && name.StartsWith("ExpectNo", StringComparison.Ordinal) && char.IsUpper(name[8])) ? Weak
            : values.Count == 0 ? (typed ? Moderate : Weak)
            : values.Any(v => v is LambdaExpressionSyntax or AnonymousMethodExpressionSyntax) ? Moderate
            : values.Count == 1 && (name.EndsWith("Async", StringComparison.Ordinal) ? name[..^5] : name).EndsWith('N') && values[0] is LiteralExpressionSyntax { RawKind: (int)SyntaxKind.NumericLiteralExpression } ? Moderate
            : values.Count > 1 || name.Contains("All", StringComparison.Ordinal) || name.Contains("Unordered", StringComparison.Ordinal)
              || values[0] is ArrayCreationExpressionSyntax or ImplicitArrayCreationExpressionSyntax or CollectionExpressionSyntax ? Structural
            : Exact;
        // No subject: a probe records what the code under test sent it (a behavioural check), it is no value a call returned.
        return Make(invocation, level, AssertionKind.Assertion, name);
    }

    private static readonly string[] TimingWords = ["imeout", "uration", "Token", "token", "Remaining"];

    /// <summary>
    /// A test kit's time-out, hint or cancellation argument (<c>TimeSpan.FromSeconds(3)</c>, <c>3.Seconds()</c>,
    /// <c>Dilated(…)</c>, <c>timeout: …</c>, a message string after the first argument), not a value the expectation compares.
    /// </summary>
    private static bool IsTimingArgument(ArgumentSyntax argument, int position)
    {
        if (argument.NameColon is { Name.Identifier.ValueText: var named })
        {
            return named is "timeout" or "duration" or "max" or "min" or "hint" or "cancellationToken" or "interval" or "within" or "message";
        }

        var expression = argument.Expression;
        if (position > 0 && IsMessage(expression))
        {
            return true;
        }

        var root = RootIdentifier(expression);
        var last = expression switch
        {
            InvocationExpressionSyntax call => InvokedName(call),
            MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
            IdentifierNameSyntax id => id.Identifier.ValueText,
            _ => null,
        };
        return root is "TimeSpan" or "CancellationToken"
               || last is "Seconds" or "Milliseconds" or "Minutes" or "Dilated" or "None"
               || (last is not null && TimingWords.Any(w => last.Contains(w, StringComparison.Ordinal)));
    }

    private static readonly FrozenSet<string> AlbaVerbs = new[] { "Get", "Post", "Put", "Delete", "Patch", "Head" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Alba's <c>host.Scenario(x => x.Post.Json(item).ToUrl("/items"))</c>: a scenario fails unless the response status is
    /// 200, unless it says otherwise. A scenario that states no status (no <c>StatusCodeShouldBe…</c>, credited on its own,
    /// and no <c>IgnoreStatusCode()</c>) checks that one, like <c>x.StatusCodeShouldBeOk()</c>. Known by its lambda, which sends
    /// a request through its parameter (<c>x.Get.Url(…)</c>, <c>x.Post.Json(…)</c>).
    /// </summary>
    private static Assertion? AlbaScenario(InvocationExpressionSyntax invocation)
    {
        if (invocation.ArgumentList.Arguments is not [{ Expression: LambdaExpressionSyntax lambda }])
        {
            return null;
        }

        var parameter = lambda switch
        {
            SimpleLambdaExpressionSyntax simple => simple.Parameter.Identifier.ValueText,
            ParenthesizedLambdaExpressionSyntax { ParameterList.Parameters: [var only] } => only.Identifier.ValueText,
            _ => null,
        };
        if (parameter is null)
        {
            return null;
        }

        var sends = false;
        foreach (var node in lambda.Body.DescendantNodes())
        {
            if (node is InvocationExpressionSyntax call && InvokedName(call) is { } called
                && (called == "IgnoreStatusCode" || called.StartsWith("StatusCodeShould", StringComparison.Ordinal)))
            {
                return null;
            }

            sends |= node is MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax root, Name: IdentifierNameSyntax verb, Parent: MemberAccessExpressionSyntax }
                     && root.Identifier.ValueText == parameter && AlbaVerbs.Contains(verb.Identifier.ValueText);
        }

        return sends ? Make(invocation, Moderate, AssertionKind.Assertion, "Scenario") : null;
    }

    /// <summary>
    /// <c>RunAsync()</c> of a Microsoft.CodeAnalysis.Testing harness (<c>CSharpAnalyzerTest</c>, <c>CSharpCodeFixTest</c>,
    /// <c>CSharpSourceGeneratorTest</c>, <c>CSharpCodeRefactoringTest</c>): it compares the diagnostics, fixed code or
    /// generated sources with the expected ones and throws on a difference.
    /// </summary>
    private static Assertion? AnalyzerTestRun(InvocationExpressionSyntax invocation, string name, IAssertionScope scope)
    {
        if (name != "RunAsync")
        {
            return null;
        }

        var type = Receiver(invocation) switch
        {
            ObjectCreationExpressionSyntax created => TypeName(created.Type),
            IdentifierNameSyntax id => scope.ConstructedType(id.Identifier.ValueText) ?? HarnessFactoryCall(invocation, id.Identifier.ValueText),
            _ => null,
        };
        return type is not null && HarnessWords.Any(w => type.Contains(w, StringComparison.Ordinal))
            ? Make(invocation, Structural, AssertionKind.Snapshot, $"{type}.RunAsync")
            : null;
    }

    /// <summary>
    /// The factory a local of the enclosing method was initialised from, when it names a harness: <c>var test =
    /// AnalyzerTest.Create&lt;A&gt;(…)</c>, <c>var test = CreateCodeFixTest(…)</c> (the shared helper that builds the
    /// <c>CSharpAnalyzerTest</c>), as <c>AnalyzerTest.Create</c>.
    /// </summary>
    private static string? HarnessFactoryCall(InvocationExpressionSyntax run, string local)
    {
        var member = run.Ancestors().FirstOrDefault(a => a is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AccessorDeclarationSyntax);
        if (member is null)
        {
            return null;
        }

        foreach (var declarator in member.DescendantNodes().OfType<VariableDeclaratorSyntax>())
        {
            if (declarator.Identifier.ValueText == local
                && (declarator.Initializer?.Value is AwaitExpressionSyntax awaited ? awaited.Expression : declarator.Initializer?.Value) is InvocationExpressionSyntax factory)
            {
                var called = factory.Expression switch
                {
                    MemberAccessExpressionSyntax access => $"{access.Expression}.{access.Name.Identifier.ValueText}",
                    SimpleNameSyntax name => name.Identifier.ValueText,
                    _ => null,
                };
                return called is not null && HarnessWords.Any(w => called.Contains(w, StringComparison.Ordinal)) ? called : null;
            }
        }

        return null;
    }

    private static readonly string[] HarnessWords = ["AnalyzerTest", "CodeFixTest", "SourceGeneratorTest", "CodeRefactoringTest", "GeneratorTest"];

    private static Assertion? ClassicAssert(InvocationExpressionSyntax invocation, string receiver, string name, IAssertionScope scope)
    {
        if (NotAssertions.Contains(name))
        {
            return null;
        }

        if (name == "That" && receiver == "Assert" && invocation.Parent is MemberAccessExpressionSyntax chained && chained.Expression == invocation)
        {
            // TUnit: await Assert.That(actual).IsEqualTo(expected). NUnit's Assert.That returns void, so a member on its result is TUnit's chain.
            return TUnit(invocation, scope);
        }

        var args = invocation.ArgumentList.Arguments;
        var api = $"{receiver}.{name}";
        ExpressionSyntax? Arg(int i) => args.Count > i ? args[i].Expression : null;

        if (IsFailSentinel(invocation) && Guarded(invocation, Weak) is { } guarded)
        {
            return Make(invocation, guarded.Level, AssertionKind.Assertion, api, guarded.Traits);
        }

        if (receiver == "CollectionAssert")
        {
            var level = name switch
            {
                "AreEqual" => Structural,
                "AreNotEqual" => Weak,
                _ => FixedLevels.GetValueOrDefault(name, Moderate),
            };
            return Make(invocation, level, AssertionKind.Assertion, api, subject: RootIdentifier(Arg(1) ?? Arg(0)));
        }

        if (receiver == "StringAssert")
        {
            var level = name switch
            {
                "DoesNotMatch" => Weak,
                "AreEqualIgnoringCase" or "AreEqual" => Exact,
                _ => Moderate,
            };
            return Make(invocation, level, AssertionKind.Assertion, api, subject: RootIdentifier(Arg(1) ?? Arg(0)));
        }

        if (ExceptionChecks.Contains(name))
        {
            var generic = invocation.Expression is MemberAccessExpressionSyntax { Name: GenericNameSyntax };
            var level = generic || args.Count > 1 ? Moderate : Weak;
            return Make(invocation, level, AssertionKind.ExpectedException, api);
        }

        if (name is "DoesNotThrow" or "DoesNotThrowAsync")
        {
            return Make(invocation, Weak, AssertionKind.Assertion, api);
        }

        if (name is "Same" or "AreSame" && Arg(0) is MemberAccessExpressionSyntax or ElementAccessExpressionSyntax && Arg(1) is not null && Normalized(Arg(0)!) == Normalized(Arg(1)!))
        {
            // Assert.Same(Options.None, Options.None): the property must hand back one instance each time, which can fail.
            return Make(invocation, Moderate, AssertionKind.Assertion, api, subject: RootIdentifier(Arg(0)));
        }

        if (EqualityChecks.Contains(name))
        {
            var (level, traits) = Equality(Arg(0), Arg(1));
            if ((HasDecidingArgument(args) && (traits.HasFlag(AssertionTraits.Tautology) || (IsLiteral(Arg(0)) && IsLiteral(Arg(1)))))
                || (traits.HasFlag(AssertionTraits.Tautology) && name is not ("Same" or "AreSame") && !IsLiteral(Arg(0)) && scope.TestsEquality))
            {
                // Equal(0.11111, 0.11444, 1), AreEqual(x, x, comparer): the precision, tolerance or comparer under test decides.
                // AreEqual(x, x) in Equals_SameInstance runs x.Equals(x): a reflexivity check, like m == m.
                (level, traits) = (Exact, AssertionTraits.None);
            }

            return Make(invocation, level, AssertionKind.Assertion, api, traits, RootIdentifier(Arg(1)));
        }

        if (InequalityChecks.Contains(name))
        {
            // NotEqual(1, 2) can never fail; NotEqual("a", "a") can never pass (a fail, like Assert.Fail); with a comparer it decides.
            var traits = IsLiteral(Arg(0)) && IsLiteral(Arg(1)) && !HasDecidingArgument(args) && !LiteralsEqual(Arg(0)!, Arg(1)!) ? AssertionTraits.Tautology : AssertionTraits.None;
            return Make(invocation, traits != 0 ? Trivial : Weak, AssertionKind.Assertion, api, traits, RootIdentifier(Arg(1)));
        }

        if (name == "That" && receiver != "Assert" && receiver != "ClassicAssert")
        {
            return null;
        }

        if (name == "That" && args.Count >= 2 && !IsMessage(Arg(1)))
        {
            return Constraint(invocation, api, Arg(0)!, Arg(1)!, scope);
        }

        if (BooleanChecks.Contains(name))
        {
            var condition = Arg(0);
            if (condition is LambdaExpressionSyntax { Body: ExpressionSyntax body })
            {
                var (lambdaLevel, lambdaTraits) = Condition(body, positive: true);
                return Make(invocation, lambdaLevel, AssertionKind.Assertion, api, lambdaTraits & ~(AssertionTraits.BooleanOfEquality | AssertionTraits.ValueComparison), RootIdentifier(body));
            }

            var positive = name is "IsTrue" or "True" or "That";
            var (level, traits) = condition is null ? (Weak, AssertionTraits.None) : Condition(condition, positive);
            return Make(invocation, level, AssertionKind.Assertion, api, traits, RootIdentifier(condition));
        }

        if (name is "IsNotNull" or "NotNull")
        {
            var traits = IsFresh(Arg(0), scope) ? AssertionTraits.Tautology : AssertionTraits.None;
            return Make(invocation, Trivial, AssertionKind.Assertion, api, traits, RootIdentifier(Arg(0)));
        }

        if (Comparisons.Contains(name))
        {
            // MSTest 3.8+: IsGreaterThan(lowerBound, value); NUnit: Greater(arg1, arg2).
            var bound = receiver == "Assert" && name.StartsWith("Is", StringComparison.Ordinal) ? Arg(0) : Arg(1);
            var level = IsZeroOrOne(bound) ? Weak : Moderate;
            return Make(invocation, level, AssertionKind.Assertion, api, subject: RootIdentifier(Arg(0)));
        }

        if (FixedLevels.TryGetValue(name, out var fixedLevel))
        {
            var traits = name == "Pass" && !IsBranchOfIfElse(invocation) ? AssertionTraits.Tautology : AssertionTraits.None;
            var subjectArg = name is "Contains" or "DoesNotContain" or "HasCount" ? Arg(1) : Arg(0);
            return Make(invocation, fixedLevel, AssertionKind.Assertion, api, traits, RootIdentifier(subjectArg));
        }

        return Make(invocation, Moderate, AssertionKind.Assertion, api, subject: RootIdentifier(Arg(0)));
    }

    /// <summary>
    /// An assertion passed as a method group (<c>Execute(query, Assert.Empty)</c>, <c>elementAsserter: Assert.Equal</c>): the
    /// code it is passed to calls it on values it computes, so it checks as the call would with arguments nobody can see
    /// here — an equality compares an expected value with an actual one.
    /// </summary>
    public static Assertion? MethodGroup(MemberAccessExpressionSyntax access)
    {
        if (access.Expression is not IdentifierNameSyntax { Identifier.ValueText: var receiver } || !AssertReceivers.Contains(receiver)
            || access.Parent?.Parent?.Parent is InvocationExpressionSyntax { Expression: IdentifierNameSyntax { Identifier.ValueText: "nameof" } })
        {
            return null;
        }

        var name = access.Name.Identifier.ValueText;
        if (NotAssertions.Contains(name) || name == "That")
        {
            return null;
        }

        var (level, kind) = name switch
        {
            _ when receiver == "CollectionAssert" && name == "AreEqual" => (Structural, AssertionKind.Assertion),
            _ when ExceptionChecks.Contains(name) => (Moderate, AssertionKind.ExpectedException),
            _ when EqualityChecks.Contains(name) || (receiver == "StringAssert" && name is "AreEqual" or "AreEqualIgnoringCase") => (Exact, AssertionKind.Assertion),
            _ when InequalityChecks.Contains(name) || BooleanChecks.Contains(name) || name is "DoesNotThrow" or "DoesNotThrowAsync" => (Weak, AssertionKind.Assertion),
            _ => (FixedLevels.GetValueOrDefault(name, Moderate), AssertionKind.Assertion),
        };
        return new Assertion(Line(access), Column(access), level, kind, $"{receiver}.{name}", Snippet(access), AssertionTraits.None, null);
    }

    /// <summary>
    /// A throw in a helper whose name says it checks something (<c>AssertConfigurationIsValid</c>, <c>VerifyNoFailures</c>,
    /// <c>EnsureSorted</c>): the project's own assertion, failing by throwing. Not a rethrow, nor a stub's
    /// <c>NotImplementedException</c>.
    /// </summary>
    public static Assertion? Thrown(SyntaxNode thrown, SyntaxNode member)
    {
        var expression = thrown switch
        {
            ThrowStatementSyntax t => t.Expression,
            ThrowExpressionSyntax t => t.Expression,
            _ => null,
        };
        var type = expression is ObjectCreationExpressionSyntax creation ? TypeName(creation.Type) : "exception";
        var level = member is MethodDeclarationSyntax method && AssertionHelperName().IsMatch(method.Identifier.ValueText) ? Moderate
            : IsAssertionException(type) ? Weak
            : AssertionLevel.None;
        if (expression is null || level == AssertionLevel.None || type is "NotImplementedException" or "NotSupportedException")
        {
            return null;
        }

        var traits = AssertionTraits.None;
        if (Guarded(thrown, level) is { } guarded)
        {
            (level, traits) = guarded;
        }

        return new Assertion(Line(thrown), Column(thrown), level, AssertionKind.Assertion, $"throw {type}", Snippet(thrown), traits, null);
    }

    /// <summary>The exceptions test frameworks fail a test with (MSTest, xUnit, NUnit, FluentAssertions): throwing one is a fail.</summary>
    private static bool IsAssertionException(string type) =>
        type is "XunitException" || type.EndsWith("AssertFailedException", StringComparison.Ordinal)
        || type.EndsWith("AssertionException", StringComparison.Ordinal) || type.EndsWith("AssertionFailedException", StringComparison.Ordinal);

    /// <summary>
    /// A fail (<c>Assert.Fail(…)</c>, a thrown assertion exception) that is all an <c>if</c> does, or its block's last
    /// statement: <c>if (expected != actual) Assert.Fail(…)</c> asserts <c>expected == actual</c> by hand (the Roslyn analyzer
    /// template's DiagnosticVerifier), so it checks what the negated condition checks (in an <c>else</c>, the condition
    /// itself). Only ever stronger than <paramref name="alone"/>, the level of the fail alone; a hand-written failure message
    /// shows the values, so no boolean-of-equality trait.
    /// </summary>
    private static (AssertionLevel Level, AssertionTraits Traits)? Guarded(SyntaxNode fail, AssertionLevel alone)
    {
        var statement = fail as StatementSyntax ?? fail.Parent as ExpressionStatementSyntax;
        if (statement is null)
        {
            return null;
        }

        SyntaxNode branch = statement.Parent is BlockSyntax block && block.Statements.Last() == statement ? block : statement;
        var (condition, positive) = branch.Parent switch
        {
            IfStatementSyntax ifStatement when ifStatement.Statement == branch => (ifStatement.Condition, false),
            ElseClauseSyntax { Parent: IfStatementSyntax ifStatement } => (ifStatement.Condition, true),
            _ => (null, false),
        };
        if (condition is null)
        {
            return null;
        }

        var (level, traits) = Condition(condition, positive);
        return level > alone ? (level, traits & ~(AssertionTraits.BooleanOfEquality | AssertionTraits.ValueComparison | AssertionTraits.Tautology)) : null;
    }

    /// <summary>
    /// <c>try { Act(); Assert.Fail("should throw"); } catch (InvalidOperationException) { }</c>: an expected exception of the
    /// caught type, written out by hand. The fail may be followed by statements that only leave the block
    /// (<c>return null;</c>, <c>return;</c>, <c>throw;</c>, <c>break;</c>), which a generic helper must write after an
    /// <c>Assert.Fail</c> its compiler does not know never returns: they never run.
    /// </summary>
    public static Assertion? TryFailCatch(TryStatementSyntax statement)
    {
        if (statement.Catches.FirstOrDefault(c => c.Declaration is not null) is not { Declaration: { } caught }
            || LastBeforeExit(statement.Block.Statements) is not ExpressionStatementSyntax { Expression: InvocationExpressionSyntax last }
            || !IsFailSentinel(last))
        {
            return null;
        }

        return new Assertion(Line(statement), Column(statement), Moderate, AssertionKind.ExpectedException, $"try/fail/catch {TypeName(caught.Type)}", Snippet(last), AssertionTraits.None, null);
    }

    /// <summary>The last statement of a block that is not a plain exit (<c>return …;</c>, <c>throw …;</c>, <c>break;</c>, <c>continue;</c>).</summary>
    private static StatementSyntax? LastBeforeExit(SyntaxList<StatementSyntax> statements)
    {
        for (var i = statements.Count - 1; i >= 0; i--)
        {
            if (statements[i] is not (ReturnStatementSyntax or ThrowStatementSyntax or BreakStatementSyntax or ContinueStatementSyntax))
            {
                return statements[i];
            }
        }

        return null;
    }

    /// <summary>A call that always fails the test: Assert.Fail(…), Assert.True(false), Assert.IsFalse(true), Fail(…).</summary>
    private static bool IsFailSentinel(InvocationExpressionSyntax call) =>
        InvokedName(call) is { } name && (ReceiverName(call) is null || AssertReceivers.Contains(ReceiverName(call)!))
        && (name == "Fail"
            || (name is "True" or "IsTrue" && call.ArgumentList.Arguments.FirstOrDefault()?.Expression is LiteralExpressionSyntax f && f.IsKind(SyntaxKind.FalseLiteralExpression))
            || (name is "False" or "IsFalse" && call.ArgumentList.Arguments.FirstOrDefault()?.Expression is LiteralExpressionSyntax t && t.IsKind(SyntaxKind.TrueLiteralExpression)));

    /// <summary>Helpers whose name says they check something (the engine follows them 6 calls deep, like these).</summary>
    [GeneratedRegex("^(Assert|Verify|Expect|Ensure|Check)[A-Z_]", RegexOptions.CultureInvariant)]
    private static partial Regex AssertionHelperName();

    private static bool IsMessage(ExpressionSyntax? e) =>
        e is LiteralExpressionSyntax l && l.IsKind(SyntaxKind.StringLiteralExpression) || e is InterpolatedStringExpressionSyntax;

    private static (AssertionLevel, AssertionTraits) Equality(ExpressionSyntax? expected, ExpressionSyntax? actual)
    {
        if (expected is null || actual is null)
        {
            return (Weak, AssertionTraits.None);
        }

        if (IsLiteral(expected) && IsLiteral(actual))
        {
            // Equal(4, 4) can never fail; Equal(42, 40) can never pass: a fail (weak, like Assert.Fail), not a tautology.
            return LiteralsEqual(expected, actual) ? (Trivial, AssertionTraits.Tautology) : (Weak, AssertionTraits.None);
        }

        if (Normalized(expected) == Normalized(actual))
        {
            // Two evaluations of a construction or call are two values (AreEqual(new Money(5), new Money(5)) tests Money's
            // equality); the same variable or member twice is the same value.
            return expected.DescendantNodesAndSelf().Any(n => n is InvocationExpressionSyntax or BaseObjectCreationExpressionSyntax)
                ? (Exact, AssertionTraits.None)
                : (Trivial, AssertionTraits.Tautology);
        }

        if (IsBoolLiteral(expected) || IsBoolLiteral(actual))
        {
            // AreEqual(false, x.IsLeapYear(1)), (a == b).ShouldBe(true): the boolean judged by what it is, like Assert.IsTrue.
            var (literal, condition) = IsBoolLiteral(expected) ? (expected, actual) : (actual, expected);
            return Condition(condition, literal.IsKind(SyntaxKind.TrueLiteralExpression));
        }

        if (IsNullLiteral(expected))
        {
            return (Moderate, AssertionTraits.None);
        }

        if (IsCount(expected) || IsCount(actual))
        {
            return (Moderate, AssertionTraits.None);
        }

        return IsCollection(expected) || IsCollection(actual) ? (Structural, AssertionTraits.None) : (Exact, AssertionTraits.None);
    }

    /// <summary>Strength of a boolean condition asserted true (or false when <paramref name="positive"/> is false).</summary>
    internal static (AssertionLevel Level, AssertionTraits Traits) Condition(ExpressionSyntax condition, bool positive)
    {
        // A condition of thousands of && terms nests as deep: past what the stack holds, the file is skipped (FH1902), not the audit.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (condition)
        {
            case ParenthesizedExpressionSyntax p:
                return Condition(p.Expression, positive);
            case PrefixUnaryExpressionSyntax u when u.IsKind(SyntaxKind.LogicalNotExpression):
                return Condition(u.Operand, !positive);
            case LiteralExpressionSyntax l when l.IsKind(SyntaxKind.TrueLiteralExpression) || l.IsKind(SyntaxKind.FalseLiteralExpression):
                // Assert.IsTrue(true) can never fail; Assert.IsTrue(false) always does: a fail sentinel, like Assert.Fail.
                return l.IsKind(SyntaxKind.TrueLiteralExpression) == positive ? (Trivial, AssertionTraits.Tautology) : (Weak, AssertionTraits.None);
            case BinaryExpressionSyntax b when b.IsKind(SyntaxKind.LogicalAndExpression):
                {
                    var (l1, t1) = Condition(b.Left, positive);
                    var (l2, t2) = Condition(b.Right, positive);
                    return (l1 > l2 ? l1 : l2, (t1 | t2) & ~AssertionTraits.Tautology);
                }

            case BinaryExpressionSyntax b when b.IsKind(SyntaxKind.LogicalOrExpression):
                {
                    var (l1, _) = Condition(b.Left, positive);
                    var (l2, _) = Condition(b.Right, positive);
                    return (l1 < l2 ? l1 : l2, AssertionTraits.None);
                }

            case BinaryExpressionSyntax b when b.IsKind(SyntaxKind.EqualsExpression) || b.IsKind(SyntaxKind.NotEqualsExpression):
                {
                    var equals = b.IsKind(SyntaxKind.EqualsExpression) == positive;
                    if (IsSameRead(b.Left, b.Right))
                    {
                        // m == m runs the type's own operator: a reflexivity check; d.P == d.P reads the member twice (a getter,
                        // a dynamic binder) before it does.
                        return (Exact, AssertionTraits.None);
                    }

                    if (IsLiteral(b.Left) && IsLiteral(b.Right))
                    {
                        // 1 == 1 asserted true can never fail; 1 == 2 asserted true can never pass: a fail sentinel.
                        return LiteralsEqual(b.Left, b.Right) == equals ? (Trivial, AssertionTraits.Tautology) : (Weak, AssertionTraits.None);
                    }

                    if (IsNullLiteral(b.Left) || IsNullLiteral(b.Right))
                    {
                        return equals ? (Moderate, AssertionTraits.None) : (Trivial, AssertionTraits.None);
                    }

                    if (!equals)
                    {
                        return (Weak, AssertionTraits.None);
                    }

                    var (level, traits) = Equality(b.Right, b.Left);
                    return (level, traits | AssertionTraits.BooleanOfEquality | ValueComparison(b.Left, b.Right));
                }

            case BinaryExpressionSyntax b when b.Kind() is SyntaxKind.GreaterThanExpression or SyntaxKind.GreaterThanOrEqualExpression
                                               or SyntaxKind.LessThanExpression or SyntaxKind.LessThanOrEqualExpression:
                return IsLiteral(b.Left) && IsLiteral(b.Right) ? (Trivial, AssertionTraits.Tautology)
                    : IsZeroOrOne(b.Right) || IsZeroOrOne(b.Left) ? (Weak, AssertionTraits.None) : (Moderate, AssertionTraits.None);
            case IsPatternExpressionSyntax pattern:
                return Pattern(pattern.Pattern, positive);
            case BinaryExpressionSyntax b when b.IsKind(SyntaxKind.IsExpression):
                return (positive ? Moderate : Weak, AssertionTraits.None);
            case InvocationExpressionSyntax call:
                {
                    var name = InvokedName(call);
                    var args = call.ArgumentList.Arguments;
                    switch (name)
                    {
                        case "Equals" when args.Count == 1 && IsSameRead(Receiver(call), args[0].Expression):
                            return (Exact, AssertionTraits.None); // m.Equals(m) runs the type's own Equals
                        case "Equals" when args.Count == 2 && RootIdentifier(Receiver(call)) is { } comparer && comparer is not ("Object" or "String"):
                            return (Exact, AssertionTraits.BooleanOfEquality); // comparer.Equals(x, x), comparer.Equals(null, null): the comparer under test decides
                        case "Equals" when positive:
                            {
                                var expected = args.Count >= 2 ? args[0].Expression : Receiver(call);
                                var actual = args.Count >= 2 ? args[1].Expression : args.FirstOrDefault()?.Expression;
                                var (level, traits) = Equality(expected, actual);
                                return (level, traits | AssertionTraits.BooleanOfEquality | ValueComparison(expected, actual));
                            }

                        case "SequenceEqual" or "SetEquals" when positive:
                            return (Structural, AssertionTraits.BooleanOfEquality);
                        case "ReferenceEquals" when positive:
                            return (Exact, AssertionTraits.BooleanOfEquality);
                        case "Any" when args.Count == 0:
                            return (positive ? Weak : Moderate, AssertionTraits.None); // Assert.False(xs.Any()) is Assert.Empty(xs)
                        case "Contains" or "ContainsKey" or "ContainsValue" or "StartsWith" or "EndsWith" or "IsMatch" or "Any" or "All" or "Exists" when positive:
                            return (Moderate, AssertionTraits.None);
                        case "Contains" or "ContainsKey" or "ContainsValue" or "StartsWith" or "EndsWith" or "Any":
                            return (Moderate, AssertionTraits.None); // DoesNotContain, DoesNotStartWith: as specific as their positives
                        case "IsNullOrEmpty" or "IsNullOrWhiteSpace":
                            return (positive ? Moderate : Weak, AssertionTraits.None);
                        default:
                            return (IsPredicateCall(call) || (positive && IsComparisonCall(call)) ? Moderate : Weak, AssertionTraits.None); // a comparison asserted false is an inequality: weak
                    }
                }

            case MemberAccessExpressionSyntax { Name.Identifier.ValueText: "HasValue" }:
                return (positive ? Trivial : Moderate, AssertionTraits.None);
            case IdentifierNameSyntax local when LocalAnswer(local) is { } answer:
                return Condition(answer, positive); // var leap = cal.IsLeapYear(1900); Assert.False(leap): graded as the call it holds
            default:
                return (Weak, AssertionTraits.None);
        }
    }

    private static (AssertionLevel, AssertionTraits) Pattern(PatternSyntax pattern, bool positive) => pattern switch
    {
        UnaryPatternSyntax { Pattern: ConstantPatternSyntax c } when IsNullLiteral(c.Expression) => (positive ? Trivial : Moderate, AssertionTraits.None),
        ConstantPatternSyntax c when IsNullLiteral(c.Expression) => (positive ? Moderate : Trivial, AssertionTraits.None),
        ConstantPatternSyntax => (positive ? Exact : Weak, AssertionTraits.None),
        RecursivePatternSyntax { PropertyPatternClause.Subpatterns.Count: 0, Type: null } => (positive ? Trivial : Moderate, AssertionTraits.None),
        RecursivePatternSyntax r when r.PropertyPatternClause is { Subpatterns.Count: > 0 } => (positive ? Exact : Weak, AssertionTraits.None),
        RelationalPatternSyntax r => (IsZeroOrOne(r.Expression) ? Weak : Moderate, AssertionTraits.None),
        _ => (positive ? Moderate : Weak, AssertionTraits.None),
    };

    private static Assertion Constraint(InvocationExpressionSyntax invocation, string api, ExpressionSyntax actual, ExpressionSyntax constraint, IAssertionScope scope)
    {
        var words = new List<string>();
        ExpressionSyntax? firstArgument = null;
        CollectWords(constraint, words, ref firstArgument);
        var not = words.Contains("Not");
        var kind = words.Contains("Throws") ? AssertionKind.ExpectedException : AssertionKind.Assertion;
        AssertionLevel level;
        var traits = AssertionTraits.None;
        if (kind == AssertionKind.ExpectedException)
        {
            level = words.Contains("Nothing") || (words.Contains("Exception") && words.Count <= 2) ? Weak : Moderate;
            if (words.Contains("Nothing"))
            {
                kind = AssertionKind.Assertion;
            }
        }
        else if (words.Contains("Null"))
        {
            level = not ? Trivial : Moderate;
            if (not && IsFresh(actual, scope))
            {
                traits = AssertionTraits.Tautology;
            }
        }
        else if (words.Contains("EqualTo"))
        {
            level = not ? Weak
                : words.Contains("Count") || words.Contains("Length") || IsCount(actual) ? Moderate
                : words.Contains("AsCollection") || IsCollection(firstArgument) ? Structural
                : IsBoolLiteral(firstArgument) ? Weak
                : Exact;
            if (!not && IsBoolLiteral(firstArgument) && !IsLiteral(actual))
            {
                // Assert.That(rules.CanShip(order), Is.EqualTo(true)): the boolean judged by what it is, like Assert.AreEqual(true, …).
                (level, traits) = Condition(actual, firstArgument!.IsKind(SyntaxKind.TrueLiteralExpression));
            }
            else if (IsLiteral(actual) && IsLiteral(firstArgument) && !words.Contains("Within") && !words.Contains("Using"))
            {
                // Is.EqualTo with equal literals (or Is.Not.EqualTo with different ones) can never fail; otherwise it can never pass.
                (level, traits) = LiteralsEqual(actual, firstArgument!) != not ? (Trivial, AssertionTraits.Tautology) : (Weak, AssertionTraits.None);
            }
        }
        else if (words.Contains("SameAs"))
        {
            level = not ? Weak : Exact;
        }
        else if (words.Contains("EquivalentTo"))
        {
            level = not ? Weak : Structural;
        }
        else if (words.Contains("True") || words.Contains("False"))
        {
            // Assert.That(calendar.IsLeapYear(1900), Is.False) is Assert.IsFalse(calendar.IsLeapYear(1900)): judged by its condition.
            (level, traits) = Condition(actual, words.Contains("True") != not);
        }
        else if (words.Contains("Empty"))
        {
            level = not ? Weak : Moderate;
        }
        else if (words.Any(w => w is "GreaterThan" or "GreaterThanOrEqualTo" or "LessThan" or "LessThanOrEqualTo" or "AtLeast" or "AtMost"))
        {
            level = IsZeroOrOne(firstArgument) ? Weak : Moderate;
        }
        else if (words.Contains("Positive") || words.Contains("Negative") || words.Contains("Unique"))
        {
            level = Weak;
        }
        else
        {
            level = not ? Weak : Moderate;
        }

        return Make(invocation, level, kind, api, traits, RootIdentifier(actual));
    }

    private static void CollectWords(ExpressionSyntax expression, List<string> words, ref ExpressionSyntax? firstArgument)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        switch (expression)
        {
            case MemberAccessExpressionSyntax m:
                CollectWords(m.Expression, words, ref firstArgument);
                words.Add(m.Name.Identifier.ValueText);
                break;
            case InvocationExpressionSyntax i:
                CollectWords(i.Expression, words, ref firstArgument);
                firstArgument ??= i.ArgumentList.Arguments.FirstOrDefault()?.Expression;
                break;
            case SimpleNameSyntax s:
                words.Add(s.Identifier.ValueText);
                break;
            case BinaryExpressionSyntax b:
                CollectWords(b.Left, words, ref firstArgument);
                CollectWords(b.Right, words, ref firstArgument);
                break;
            case PrefixUnaryExpressionSyntax p:
                words.Add("Not");
                CollectWords(p.Operand, words, ref firstArgument);
                break;
        }
    }

    private static Assertion Fluent(InvocationExpressionSyntax should, ExpressionSyntax subject, IAssertionScope scope)
    {
        var best = AssertionLevel.None;
        var kind = AssertionKind.Assertion;
        var traits = AssertionTraits.None;
        var api = "Should()";
        SyntaxNode node = should;
        while (node.Parent is MemberAccessExpressionSyntax member && member.Expression == node)
        {
            var verb = member.Name.Identifier.ValueText;
            if (verb == "Should")
            {
                break; // ….Which.Id.Should(): a new chain, classified on its own
            }

            if (member.Parent is InvocationExpressionSyntax call && call.Expression == member)
            {
                var (level, verbKind) = FluentVerb(verb, call.ArgumentList.Arguments.FirstOrDefault()?.Expression, subject);
                if (level > best)
                {
                    best = level;
                    api = $"Should().{verb}";
                }

                if (verbKind != AssertionKind.Assertion)
                {
                    kind = verbKind;
                }

                if (verb is "NotBeNull" && IsFresh(subject, scope))
                {
                    traits |= AssertionTraits.Tautology;
                }

                if (verb is "BeTrue")
                {
                    traits |= Condition(subject, positive: true).Traits & AssertionTraits.BooleanOfEquality;
                }

                node = call;
            }
            else
            {
                node = member; // .And, .Which, .Subject
            }
        }

        return Make(should, best == AssertionLevel.None ? Weak : best, kind, api, ChainTraits(traits, best), RootIdentifier(subject), (InvocationExpressionSyntax?)(node as InvocationExpressionSyntax) ?? should);
    }

    /// <summary>
    /// A TUnit chain, <c>await Assert.That(actual).IsEqualTo(expected).And.IsNotNull()</c>: classified like a FluentAssertions chain,
    /// by its strongest verb; <c>.Or</c> alternatives count as their weakest branch, and <c>.Count()</c>/<c>.HasCount()</c>
    /// turn the following equality into a count check.
    /// </summary>
    private static Assertion TUnit(InvocationExpressionSyntax that, IAssertionScope scope)
    {
        var subject = that.ArgumentList.Arguments.FirstOrDefault()?.Expression;
        var best = AssertionLevel.None;
        var bestOfEarlierBranches = AssertionLevel.None;
        var hasOr = false;
        var kind = AssertionKind.Assertion;
        var traits = AssertionTraits.None;
        var api = "Assert.That()";
        var counting = false;
        SyntaxNode node = that;
        while (node.Parent is MemberAccessExpressionSyntax member && member.Expression == node)
        {
            var verb = member.Name.Identifier.ValueText;
            if (member.Parent is not InvocationExpressionSyntax call || call.Expression != member)
            {
                if (verb == "Or")
                {
                    bestOfEarlierBranches = hasOr ? Min(bestOfEarlierBranches, best) : best;
                    hasOr = true;
                    best = AssertionLevel.None;
                }

                node = member; // .And, .Or
                continue;
            }

            var argument = call.ArgumentList.Arguments.FirstOrDefault()?.Expression;
            if (verb is "Count" or "Length" || (verb is "HasCount" or "HasLength" && argument is null))
            {
                counting = true; // Assert.That(xs).Count().IsEqualTo(3), HasCount().EqualTo(3)
                node = call;
                continue;
            }

            var (level, verbKind, verbTraits) = TUnitVerb(verb, call, argument, subject, counting, scope);
            if (level > best)
            {
                best = level;
                api = $"Assert.That().{verb}";
            }

            if (verbKind != AssertionKind.Assertion)
            {
                kind = verbKind;
            }

            traits |= verbTraits;
            node = call;
        }

        if (hasOr)
        {
            best = Min(bestOfEarlierBranches, best);
        }

        return Make(that, best == AssertionLevel.None ? Weak : best, kind, api, ChainTraits(traits, best), RootIdentifier(subject), node as InvocationExpressionSyntax ?? that);
    }

    /// <summary>
    /// A chain is judged by its strongest link: <c>x.Should().BeEquivalentTo(e).And.NotBeNull()</c> can fail at
    /// <c>BeEquivalentTo</c>, so a tautological <c>NotBeNull</c> of a fresh object makes the chain a tautology only when no link
    /// checks more than that.
    /// </summary>
    private static AssertionTraits ChainTraits(AssertionTraits traits, AssertionLevel best) =>
        best > Trivial ? traits & ~AssertionTraits.Tautology : traits;

    private static AssertionLevel Min(AssertionLevel a, AssertionLevel b) => a < b ? a : b;

    private static (AssertionLevel, AssertionKind, AssertionTraits) TUnitVerb(
        string verb, InvocationExpressionSyntax call, ExpressionSyntax? argument, ExpressionSyntax? subject, bool counting, IAssertionScope scope)
    {
        const AssertionTraits None = AssertionTraits.None;
        switch (verb)
        {
            case "IsEqualTo" or "EqualTo" or "IsEquatableOrEqualTo" when counting:
                return (Moderate, AssertionKind.Assertion, None);
            case "IsEqualTo" or "EqualTo" or "IsEquatableOrEqualTo":
                {
                    var (level, traits) = Equality(argument, subject);
                    return (level, AssertionKind.Assertion, traits);
                }

            case "IsSameReferenceAs":
                {
                    var (level, traits) = Equality(argument, subject);
                    return level == Trivial ? (level, AssertionKind.Assertion, traits) : (Exact, AssertionKind.Assertion, None);
                }

            case "IsEquivalentTo" or "IsCollectionEqualTo" or "IsInOrder" or "IsOrderedBy" or "IsOrderedByDescending" or "IsInDescendingOrder":
                return (verb.StartsWith("IsIn", StringComparison.Ordinal) || verb.StartsWith("IsOrdered", StringComparison.Ordinal) ? Moderate : Structural, AssertionKind.Assertion, None);
            case "IsTrue" or "IsFalse" when subject is not null:
                {
                    var (level, traits) = Condition(subject, verb == "IsTrue");
                    return (level, AssertionKind.Assertion, traits);
                }

            case "IsTrue" or "IsFalse":
                return (Weak, AssertionKind.Assertion, None);

            case "IsNotNull" or "IsNotDefault":
                return (Trivial, AssertionKind.Assertion, IsFresh(subject, scope) ? AssertionTraits.Tautology : None);
            case "IsNull" or "IsDefault" or "IsEmpty" or "HasSingleItem" or "IsZero":
                return (Moderate, AssertionKind.Assertion, None);
            case "Throws" or "ThrowsExactly" or "ThrowsAsync" or "ThrowsExactlyAsync" or "ThrowsException" or "ThrowsWithin":
                {
                    var typed = call.Expression is MemberAccessExpressionSyntax { Name: GenericNameSyntax } || argument is not null;
                    return (typed ? Moderate : Weak, AssertionKind.ExpectedException, None);
                }

            case "ThrowsNothing":
                return (Weak, AssertionKind.Assertion, None);
            case "WithMessage" or "HasMessageEqualTo" or "WithParameterName" when argument is not null:
                return (Exact, AssertionKind.Assertion, None);
            case "HasCount" or "HasLength" or "HasItemAt":
                return (Moderate, AssertionKind.Assertion, None);
            case "IsGreaterThan" or "IsGreaterThanOrEqualTo" or "IsLessThan" or "IsLessThanOrEqualTo":
                return (IsZeroOrOne(argument) ? Weak : Moderate, AssertionKind.Assertion, None);
            case "IsNotEqualTo" or "IsNotEquivalentTo" or "IsNotSameReferenceAs" or "IsNotEmpty" or "IsPositive" or "IsNegative" or "IsNotZero"
                or "HasDistinctItems" or "IsNotNullOrEmpty" or "IsNotNullOrWhitespace":
                return (Weak, AssertionKind.Assertion, None);
            case "And" or "Or" or "Because" or "Within" or "WithComparer" or "Using" or "IgnoringCase" or "IgnoringWhitespace" or "WithTrimming"
                or "WithNullAndEmptyEquality" or "IgnoringMember" or "IgnoringType" or "WithPartialEquivalency" or "WithInnerException" or "WithInnerExceptions"
                or "ConfigureAwait" or "GetAwaiter":
                return (AssertionLevel.None, AssertionKind.Assertion, None);
            default:
                return (FixedLevels.TryGetValue(verb, out var fixedLevel) ? fixedLevel
                    : verb.StartsWith("IsNot", StringComparison.Ordinal) || verb.StartsWith("DoesNot", StringComparison.Ordinal) ? Weak
                    : Moderate, AssertionKind.Assertion, None);
        }
    }

    private static (AssertionLevel, AssertionKind) FluentVerb(string verb, ExpressionSyntax? argument, ExpressionSyntax subject)
    {
        switch (verb)
        {
            case "Be" or "Equal" when IsBoolLiteral(argument):
                return (Condition(subject, argument!.IsKind(SyntaxKind.TrueLiteralExpression)).Level, AssertionKind.Assertion);
            case "BeTrue" or "BeFalse":
                return (Condition(subject, verb == "BeTrue").Level, AssertionKind.Assertion);
            case "Be" when IsCount(subject):
                return (Moderate, AssertionKind.Assertion);
            case "Be" when IsCollection(argument):
                return (Structural, AssertionKind.Assertion);
            case "Be" or "BeSameAs" or "BeApproximately" or "BeCloseTo" or "HaveStatusCode" or "WithMessage" or "HaveMessage" or "BeEquivalentTo" when argument is not null && verb != "BeEquivalentTo":
                return (Exact, AssertionKind.Assertion);
            case "BeEquivalentTo" or "Equal" or "ContainInOrder" or "ContainInConsecutiveOrder" or "BeEquivalentToJson" or "MatchSnapshot":
                return (Structural, AssertionKind.Assertion);
            case "NotBeNull" or "HaveValue" when argument is null:
                return (Trivial, AssertionKind.Assertion);
            case "NotBeNull" or "NotBeDefault":
                return (Trivial, AssertionKind.Assertion);
            case "BeNull" or "NotHaveValue" or "BeDefault" or "BeEmpty" or "BeNullOrEmpty" or "BeNullOrWhiteSpace":
                return (Moderate, AssertionKind.Assertion);
            case "NotBeEmpty" or "NotBeNullOrEmpty" or "NotBeNullOrWhiteSpace" or "NotBe" or "BePositive" or "BeNegative"
                or "OnlyHaveUniqueItems" or "BeSuccessful" or "BeSuccessStatusCode" or "NotBeEquivalentTo" or "NotEqual":
                return (Weak, AssertionKind.Assertion);
            case "HaveCountGreaterThan" or "HaveCountGreaterThanOrEqualTo" or "BeGreaterThan" or "BeGreaterThanOrEqualTo" or "BeGreaterOrEqualTo"
                or "BeLessThan" or "BeLessThanOrEqualTo" or "BeLessOrEqualTo" or "HaveLengthGreaterThan":
                return (IsZeroOrOne(argument) ? Weak : Moderate, AssertionKind.Assertion);
            case "Throw" or "ThrowAsync" or "ThrowExactly" or "ThrowExactlyAsync" or "ThrowWithinAsync":
                return (Moderate, AssertionKind.ExpectedException);
            case "NotThrow" or "NotThrowAsync" or "NotThrowAfter" or "NotThrowAfterAsync":
                return (Weak, AssertionKind.Assertion);
            case "And" or "Which" or "Subject" or "Where" or "WithInnerException" or "WithInnerExceptionExactly":
                return (AssertionLevel.None, AssertionKind.Assertion);
            default:
                return (verb.StartsWith("Not", StringComparison.Ordinal) ? Weak : Moderate, AssertionKind.Assertion);
        }
    }

    private static Assertion? Shouldly(InvocationExpressionSyntax invocation, string name, ExpressionSyntax subject, IAssertionScope scope)
    {
        if (name is "ShouldSatisfyAllConditions" or "ShouldSatisfyAllConditionsAsync")
        {
            return null;
        }

        var argument = invocation.ArgumentList.Arguments.FirstOrDefault()?.Expression;
        var traits = AssertionTraits.None;
        var kind = AssertionKind.Assertion;
        AssertionLevel level;
        switch (name)
        {
            case "ShouldBe" when IsBoolLiteral(argument):
                (level, traits) = Condition(subject, argument!.IsKind(SyntaxKind.TrueLiteralExpression));
                break;
            case "ShouldBe" when IsCount(subject):
                level = Moderate;
                break;
            case "ShouldBe" when IsCollection(argument):
                level = Structural;
                break;
            case "ShouldBe" or "ShouldBeSameAs" when IsLiteral(subject) && IsLiteral(argument) && (invocation.ArgumentList.Arguments.Count < 2 || IsMessage(invocation.ArgumentList.Arguments[1].Expression)):
                (level, traits) = LiteralsEqual(subject, argument!) ? (Trivial, AssertionTraits.Tautology) : (Weak, AssertionTraits.None);
                break;
            case "ShouldBe" or "ShouldBeSameAs":
                level = Exact;
                break;
            case "ShouldBeEquivalentTo":
                level = Structural;
                break;
            case "ShouldMatchApproved" or "ShouldMatchSnapshot" or "ShouldMatchSnapshotAsync":
                level = Structural;
                kind = AssertionKind.Snapshot;
                break;
            case "ShouldNotBeNull":
                level = Trivial;
                traits = IsFresh(subject, scope) ? AssertionTraits.Tautology : AssertionTraits.None;
                break;
            case "ShouldBeNull" or "ShouldBeEmpty" or "ShouldBeNullOrEmpty" or "ShouldBeDefault":
                level = Moderate;
                break;
            case "ShouldBeTrue" or "ShouldBeFalse":
                (level, traits) = Condition(subject, name == "ShouldBeTrue");
                break;
            case "ShouldBeGreaterThan" or "ShouldBeGreaterThanOrEqualTo" or "ShouldBeLessThan" or "ShouldBeLessThanOrEqualTo":
                level = IsZeroOrOne(argument) ? Weak : Moderate;
                break;
            case "ShouldThrow" or "ShouldThrowAsync":
                level = Moderate;
                kind = AssertionKind.ExpectedException;
                break;
            case "ShouldNotThrow" or "ShouldNotThrowAsync" or "ShouldBePositive" or "ShouldBeNegative" or "ShouldBeUnique":
                level = Weak;
                break;
            default:
                level = name.StartsWith("ShouldNot", StringComparison.Ordinal) ? Weak : Moderate;
                break;
        }

        return Make(invocation, level, kind, name, traits, RootIdentifier(subject));
    }

    /// <summary>
    /// An expectation named <c>…Should…</c> after what it checks (Alba's <c>s.StatusCodeShouldBe(404)</c>,
    /// <c>s.ContentTypeShouldBe("text/plain")</c>, <c>s.ContentShouldContain("x")</c>, <c>header.SingleValueShouldEqual("v")</c>):
    /// it fails the test like Shouldly's <c>ShouldBe</c>. Only a word ending before <c>Should</c> and a check verb after it.
    /// </summary>
    [GeneratedRegex("^[A-Z][A-Za-z0-9]*[a-z0-9]Should(?<not>Not)?(?<verb>Be|Equal|Contain|Have|Match|StartWith|EndWith|Exist|Throw|Include)(?![a-z])", RegexOptions.CultureInvariant)]
    private static partial Regex InfixExpectation();

    /// <summary>A call whose value nobody reads (a statement, an awaited statement, a lambda's body, a link of a chain): an expectation, not a query.</summary>
    private static bool IsDiscarded(InvocationExpressionSyntax invocation)
    {
        SyntaxNode node = invocation;
        while (node.Parent is AwaitExpressionSyntax or ParenthesizedExpressionSyntax)
        {
            node = node.Parent;
        }

        return node.Parent is ExpressionStatementSyntax or LambdaExpressionSyntax or ArrowExpressionClauseSyntax
            || (node.Parent is MemberAccessExpressionSyntax chained && chained.Expression == node);
    }

    private static Assertion Expectation(InvocationExpressionSyntax invocation, string name, Match expectation)
    {
        var argument = invocation.ArgumentList.Arguments.FirstOrDefault()?.Expression;
        var verb = expectation.Groups["verb"].Value;
        var (level, kind) = expectation.Groups["not"].Success ? (Weak, AssertionKind.Assertion)
            : verb == "Throw" ? (Moderate, AssertionKind.ExpectedException)
            : verb is "Be" or "Equal" && argument is not null && !IsBoolLiteral(argument) && !IsNullLiteral(argument) ? (Exact, AssertionKind.Assertion)
            : verb is "Be" or "Equal" && IsBoolLiteral(argument) ? (Weak, AssertionKind.Assertion)
            : (Moderate, AssertionKind.Assertion);
        return Make(invocation, level, kind, name, subject: RootIdentifier(Receiver(invocation)));
    }

    private static Assertion? MockVerification(InvocationExpressionSyntax invocation, string name, string? receiverName, IAssertionScope scope)
    {
        var args = invocation.ArgumentList.Arguments;
        var receiverRoot = RootIdentifier(Receiver(invocation));
        switch (name)
        {
            // Moq
            case "Verify" or "VerifySet" or "VerifyGet" or "VerifyAdd" or "VerifyRemove"
                when Receiver(invocation) is not null && args.Count > 0 && args[0].Expression is LambdaExpressionSyntax lambda:
                return Make(invocation, Specificity(lambda.Body), AssertionKind.MockVerification, $"Mock.{name}", subject: receiverRoot);
            case "Verify" or "VerifyAll" or "VerifyNoOtherCalls"
                when receiverName is "Mock" || (receiverRoot is not null && scope.IsMock(receiverRoot)):
                return Make(invocation, Weak, AssertionKind.MockVerification, $"Mock.{name}", subject: receiverRoot);

            // NSubstitute: sub.Received(1).Send(42)
            case "Received" or "DidNotReceive" or "ReceivedWithAnyArgs" or "DidNotReceiveWithAnyArgs" when Receiver(invocation) is not null:
                {
                    var anyArgs = name.EndsWith("WithAnyArgs", StringComparison.Ordinal);
                    var level = invocation.Parent is MemberAccessExpressionSyntax { Parent: InvocationExpressionSyntax call } && !anyArgs
                        ? Specificity(call)
                        : Moderate;
                    var node = invocation.Parent?.Parent as InvocationExpressionSyntax ?? invocation;
                    return Make(invocation, level, AssertionKind.MockVerification, $"NSubstitute.{name}", subject: receiverRoot, span: node);
                }

            case "InOrder" when receiverName == "Received":
                return Make(invocation, Structural, AssertionKind.MockVerification, "Received.InOrder");

            // FakeItEasy: A.CallTo(() => fake.Send(42)).MustHaveHappened()
            case var _ when name.StartsWith("MustHaveHappened", StringComparison.Ordinal) || name == "MustNotHaveHappened":
                {
                    var callTo = Receiver(invocation) as InvocationExpressionSyntax;
                    var lambdaBody = (callTo?.ArgumentList.Arguments.FirstOrDefault()?.Expression as LambdaExpressionSyntax)?.Body;
                    var level = lambdaBody is null ? Weak : Specificity(lambdaBody);
                    var fake = lambdaBody is ExpressionSyntax e ? RootIdentifier(e) : null;
                    return Make(invocation, level, AssertionKind.MockVerification, $"FakeItEasy.{name}", subject: fake);
                }

            default:
                return null;
        }
    }

    /// <summary>Verification of a call with specific arguments is exact; with none or only wildcards it checks the call happened.</summary>
    private static AssertionLevel Specificity(SyntaxNode body)
    {
        var call = body as InvocationExpressionSyntax ?? body.DescendantNodesAndSelf().OfType<InvocationExpressionSyntax>().FirstOrDefault();
        if (call is null)
        {
            return Moderate; // property get/set verification
        }

        var args = call.ArgumentList.Arguments;
        if (args.Count == 0 || args.All(a => IsWildcard(a.Expression)))
        {
            return Moderate;
        }

        return Exact;
    }

    private static bool IsWildcard(ExpressionSyntax e) => e switch
    {
        InvocationExpressionSyntax i => InvokedName(i) is { } n && AnyArgumentMatchers.Contains(n),
        MemberAccessExpressionSyntax m => AnyArgumentMatchers.Contains(m.Name.Identifier.ValueText),
        IdentifierNameSyntax { Identifier.ValueText: "_" } => true,
        _ => false,
    };

    private static Assertion? Snapshot(InvocationExpressionSyntax invocation, string name, string? receiver)
    {
        var isSnapshot = (name is "Verify" or "VerifyJson" or "VerifyXml" && (receiver is null or "Verifier" or "Approvals" or "VerifyXunit" or "VerifyMSTest" or "VerifyNUnit"))
                         || (name is "Match" or "MatchSnapshot" && receiver is "Snapshot")
                         || name is "MatchSnapshot" or "VerifyAsJson" or "VerifyAll" && receiver is "Approvals";
        return isSnapshot && invocation.ArgumentList.Arguments.Count > 0
            ? Make(invocation, Structural, AssertionKind.Snapshot, receiver is null ? name : $"{receiver}.{name}")
            : null;
    }

    private static Assertion Make(
        InvocationExpressionSyntax invocation,
        AssertionLevel level,
        AssertionKind kind,
        string api,
        AssertionTraits traits = AssertionTraits.None,
        string? subject = null,
        InvocationExpressionSyntax? span = null)
    {
        var node = span ?? invocation;
        return new Assertion(Line(invocation), Column(invocation), level, kind, api, Snippet(node), traits, subject);
    }

    private static bool IsFresh(ExpressionSyntax? expression, IAssertionScope scope) => expression switch
    {
        BaseObjectCreationExpressionSyntax => true,
        IdentifierNameSyntax id => scope.IsFreshlyConstructed(id.Identifier.ValueText),
        _ => false,
    };

    /// <summary>
    /// A call of a predicate with arguments (<c>calendar.IsLeapYear(1900)</c>, <c>rules.CanShip(order)</c>, an evaluator's
    /// <c>op.Evaluate("Quartz", "tz")</c>, <c>ContainsHashToken(expr)</c>, <c>CheckExists(key)</c>): the bool is the
    /// code under test's whole answer for that input, not a status flag (<c>result.Success</c>) or non-emptiness
    /// (<c>xs.Any()</c>), so asserting it true or false is a moderate check.
    /// </summary>
    private static bool IsPredicateCall(ExpressionSyntax? e) =>
        e is not null && Unparenthesized(e) is InvocationExpressionSyntax call
        && (call.ArgumentList.Arguments.Count > 0 || HasTypeArguments(call))
        && InvokedName(call) is { } name && PredicateName().IsMatch(name);

    /// <summary>
    /// The call a local asserted as a bool holds (<c>var leap = cal.IsLeapYear(1900)</c>, <c>bool exists = await store.CheckExists(key)</c>):
    /// declared once in the member before the assertion, from a call (awaited or not), and never assigned again. Storing the
    /// answer first does not change what is asserted.
    /// </summary>
    private static InvocationExpressionSyntax? LocalAnswer(IdentifierNameSyntax local)
    {
        if (local.FirstAncestorOrSelf<MemberDeclarationSyntax>() is not { } member)
        {
            return null;
        }

        var name = local.Identifier.ValueText;
        InvocationExpressionSyntax? found = null;
        foreach (var node in member.DescendantNodes())
        {
            switch (node)
            {
                case VariableDeclaratorSyntax v when v.Identifier.ValueText == name:
                    if (found is not null || v.SpanStart > local.SpanStart || Awaited(v.Initializer?.Value) is not InvocationExpressionSyntax call)
                    {
                        return null;
                    }

                    found = call;
                    break;
                case AssignmentExpressionSyntax { Left: IdentifierNameSyntax target } when target.Identifier.ValueText == name:
                case ArgumentSyntax { RefKindKeyword.RawKind: not 0, Expression: IdentifierNameSyntax passed } when passed.Identifier.ValueText == name:
                case SingleVariableDesignationSyntax d when d.Identifier.ValueText == name:
                case ParameterSyntax p when p.Identifier.ValueText == name:
                    return null;
            }
        }

        return found;

        static ExpressionSyntax? Awaited(ExpressionSyntax? e)
        {
            while (true)
            {
                switch (e)
                {
                    case AwaitExpressionSyntax a:
                        e = a.Expression;
                        break;
                    case ParenthesizedExpressionSyntax p:
                        e = p.Expression;
                        break;
                    case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Name.Identifier.ValueText: "ConfigureAwait" } m }:
                        e = m.Expression;
                        break;
                    default:
                        return e;
                }
            }
        }
    }

    /// <summary>A generic call's type arguments are its input as much as arguments are: <c>container.IsRegistered&lt;IFoo&gt;()</c> is <c>IsRegistered(typeof(IFoo))</c>.</summary>
    private static bool HasTypeArguments(InvocationExpressionSyntax call) => call.Expression switch
    {
        MemberAccessExpressionSyntax { Name: GenericNameSyntax g } => g.TypeArgumentList.Arguments.Count > 0,
        MemberBindingExpressionSyntax { Name: GenericNameSyntax g } => g.TypeArgumentList.Arguments.Count > 0,
        GenericNameSyntax g => g.TypeArgumentList.Arguments.Count > 0,
        _ => false,
    };

    [GeneratedRegex("^(?:(?:Is|Has|Can|Are|Does|Should|Supports|Allows|Accepts|Needs|Was|Were|Try|Contains|Check|Evaluate)[A-Z0-9_]|(?:Evaluate|Check|Exists)$)", RegexOptions.CultureInvariant)]
    private static partial Regex PredicateName();

    /// <summary>
    /// A comparison of two values by a name that says so (<c>Matches(expected, actual)</c>, <c>XmlEquivalent(a, b)</c>,
    /// <c>left.SameAs(right)</c>, <c>StructurallyEqual(a, b)</c>) asserted to hold: the code's answer for those two values, like a
    /// predicate (asserted not to hold, an inequality, weak like <c>NotEqual</c>).
    /// </summary>
    private static bool IsComparisonCall(InvocationExpressionSyntax call) =>
        call.ArgumentList.Arguments.Count + (Receiver(call) is null ? 0 : 1) >= 2
        && InvokedName(call) is { } name && ComparisonName().IsMatch(name);

    [GeneratedRegex("^(Matches|Match|SameAs)$|Equal|Equivalent", RegexOptions.CultureInvariant)]
    private static partial Regex ComparisonName();

    /// <summary>
    /// <c>Assert.Pass()</c> that is one branch of an <c>if</c> whose other branch fails (<c>if (Matches(e, a)) Assert.Pass(); else
    /// Assert.Fail(…)</c>): the success half of a check, not a check that can never fail.
    /// </summary>
    private static bool IsBranchOfIfElse(InvocationExpressionSyntax pass)
    {
        SyntaxNode? branch = pass.Parent as ExpressionStatementSyntax;
        if (branch?.Parent is BlockSyntax block && block.Statements.Count == 1)
        {
            branch = block;
        }

        return branch?.Parent switch
        {
            IfStatementSyntax ifStatement => ifStatement.Statement == branch && ifStatement.Else is not null,
            ElseClauseSyntax => true,
            _ => false,
        };
    }

    /// <summary>
    /// A side is a plain value (<c>total == 3</c>, <c>name == "x"</c>). Not <c>default</c>: <c>default == default(Cmyk)</c> runs
    /// the type's own operator on its default value, which a test of the equality contract checks on purpose.
    /// </summary>
    private static AssertionTraits ValueComparison(ExpressionSyntax? a, ExpressionSyntax? b) =>
        IsValue(a) || IsValue(b) ? AssertionTraits.ValueComparison : AssertionTraits.None;

    private static bool IsValue(ExpressionSyntax? e) => IsLiteral(e) && !Unparenthesized(e!).IsKind(SyntaxKind.DefaultLiteralExpression);

    /// <summary>
    /// One variable, or one member or element read, on both sides (<c>m</c>, <c>d.Integer</c>, <c>this.Value</c>, <c>xs[0]</c>),
    /// with no call in it: comparing it with itself runs the type's equality (and reads a getter twice), a reflexivity check.
    /// </summary>
    private static bool IsSameRead(ExpressionSyntax? a, ExpressionSyntax? b) =>
        a is not null && b is not null && IsRead(a) && IsRead(b) && (a is IdentifierNameSyntax x && b is IdentifierNameSyntax y
            ? x.Identifier.ValueText == y.Identifier.ValueText
            : Normalized(a) == Normalized(b));

    private static bool IsRead(ExpressionSyntax e) => e switch
    {
        IdentifierNameSyntax => true,
        ThisExpressionSyntax => true,
        MemberAccessExpressionSyntax m => IsRead(m.Expression),
        ElementAccessExpressionSyntax el => IsRead(el.Expression) && el.ArgumentList.Arguments.All(arg => arg.Expression is LiteralExpressionSyntax or IdentifierNameSyntax),
        _ => false,
    };

    /// <summary>Two literals of one value (<c>4</c> and <c>4</c>, <c>1</c> and <c>1.0</c>, <c>"a"</c> and <c>@"a"</c>).</summary>
    private static bool LiteralsEqual(ExpressionSyntax a, ExpressionSyntax b)
    {
        if (Normalized(a) == Normalized(b))
        {
            return true;
        }

        var (x, y) = (LiteralValue(a), LiteralValue(b));
        return IsNumber(x) && IsNumber(y)
            ? Convert.ToDouble(x, System.Globalization.CultureInfo.InvariantCulture) == Convert.ToDouble(y, System.Globalization.CultureInfo.InvariantCulture)
            : Equals(x, y);
    }

    private static bool IsNumber(object? value) => value is IConvertible and not (string or char or bool);

    private static object? LiteralValue(ExpressionSyntax e) => e switch
    {
        ParenthesizedExpressionSyntax p => LiteralValue(p.Expression),
        LiteralExpressionSyntax l => l.Token.Value,
        PrefixUnaryExpressionSyntax { Operand: LiteralExpressionSyntax l } u when u.IsKind(SyntaxKind.UnaryMinusExpression) && IsNumber(l.Token.Value)
            => -Convert.ToDouble(l.Token.Value, System.Globalization.CultureInfo.InvariantCulture),
        _ => e.ToString(),
    };

    /// <summary>
    /// A third argument of an equality that is not its failure message: a precision (<c>Equal(0.11111, 0.11444, 1)</c>), a
    /// tolerance, an <c>ignoreCase</c> flag or a comparer, which decides the outcome.
    /// </summary>
    private static bool HasDecidingArgument(SeparatedSyntaxList<ArgumentSyntax> args) =>
        args.Count > 2 && !IsMessage(args[2].Expression) && args[2].NameColon?.Name.Identifier.ValueText is not ("message" or "userMessage");

    private static ExpressionSyntax Unparenthesized(ExpressionSyntax e)
    {
        while (e is ParenthesizedExpressionSyntax p)
        {
            e = p.Expression;
        }

        return e;
    }

    private static bool IsBoolLiteral(ExpressionSyntax? e) =>
        e is LiteralExpressionSyntax l && (l.IsKind(SyntaxKind.TrueLiteralExpression) || l.IsKind(SyntaxKind.FalseLiteralExpression));

    internal static bool IsZeroOrOne(ExpressionSyntax? e) =>
        e is LiteralExpressionSyntax l && l.IsKind(SyntaxKind.NumericLiteralExpression) && l.Token.ValueText is "0" or "1" or "0.0" or "0L";

    internal static bool IsCount(ExpressionSyntax? e) => e switch
    {
        MemberAccessExpressionSyntax m => m.Name.Identifier.ValueText is "Count" or "Length" or "LongLength",
        InvocationExpressionSyntax i => InvokedName(i) is "Count" or "LongCount" && i.ArgumentList.Arguments.Count == 0 && Receiver(i) is not null,
        ConditionalAccessExpressionSyntax c => c.WhenNotNull is MemberBindingExpressionSyntax { Name.Identifier.ValueText: "Count" or "Length" },
        _ => false,
    };

    private static bool IsCollection(ExpressionSyntax? e) => e switch
    {
        CollectionExpressionSyntax => true,
        ImplicitArrayCreationExpressionSyntax => true,
        ArrayCreationExpressionSyntax => true,
        BaseObjectCreationExpressionSyntax { Initializer: { } init } => init.IsKind(SyntaxKind.CollectionInitializerExpression),
        InvocationExpressionSyntax i => ReceiverName(i) is "ImmutableArray" or "ImmutableList" or "Enumerable" or "List" or "ImmutableHashSet" && InvokedName(i) is "Create" or "Range" or "Repeat",
        _ => false,
    };

    private static string Normalized(SyntaxNode node) => string.Concat(node.ToString().Where(c => !char.IsWhiteSpace(c)));
}
