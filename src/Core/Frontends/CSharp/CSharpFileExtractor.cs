using System.Collections.Frozen;
using System.Collections.Immutable;
using FloeHarden.Core.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using static FloeHarden.Core.Frontends.CSharp.CSharpSyntax;

namespace FloeHarden.Core.Frontends.CSharp;

/// <summary>Walks one compilation unit and builds its <see cref="SourceFileModel"/>.</summary>
/// <param name="derivedTestAttributes">Test attributes the tree derives from the frameworks' (<see cref="CSharpTestAttributes"/>), by applied name.</param>
internal sealed class CSharpFileExtractor(CompilationUnitSyntax root, FrozenSet<string> derivedTestAttributes)
{
    private static readonly FrozenSet<string> TestAttributes = new[]
    {
        "TestMethod", "DataTestMethod", "Fact", "Theory", "Test", "TestCase", "TestCaseSource", "SkippableFact", "SkippableTheory",
        "UITestMethod", "WpfFact", "StaFact", "RetryFact", "Property", "Combinatorial",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> SetupAttributes = new[]
    {
        "TestInitialize", "TestCleanup", "ClassInitialize", "ClassCleanup", "AssemblyInitialize", "AssemblyCleanup", "SetUp", "TearDown",
        "OneTimeSetUp", "OneTimeTearDown", "Before", "After", "GlobalSetup",
    }.ToFrozenSet();

    /// <summary>Interfaces test infrastructure implements for its own lifecycle; implementing them does not make a double.</summary>
    private static readonly FrozenSet<string> LifecycleInterfaces = new[]
    {
        "IAsyncLifetime", "IDisposable", "IAsyncDisposable", "IClassFixture", "ICollectionFixture", "IAssemblyFixture", "ITestOutputHelper",
        "IEquatable", "IComparable", "IEnumerable", "IAsyncInitializer", "ITestAction", "IWithTestOutput",
    }.ToFrozenSet();

    private static readonly FrozenSet<string> CaseAttributes = new[] { "DataRow", "InlineData", "TestCase", "Arguments" }.ToFrozenSet();

    private static readonly FrozenSet<string> CategoryTraitNames = new[] { "Category", "TestCategory", "Type", "Kind", "Tier", "TestType" }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    public SourceFileModel Extract(string relativePath, string? project, string text)
    {
        using var nodes = new CSharpFileNodes(root);
        _snippets = CSharpDocSnippets.Spans(text);
        var units = ImmutableArray.CreateBuilder<CodeUnit>();
        var types = ImmutableArray.CreateBuilder<TypeDeclaration>();
        var imports = new List<string>();
        var staticImports = new List<string>();

        // What root.DescendantNodes(n => n is not BaseMethodDeclarationSyntax) gave: no type inside a method's body.
        for (var i = 0; i < nodes.Count; i++)
        {
            switch (nodes[i])
            {
                case BaseMethodDeclarationSyntax:
                    i = nodes.End(i) - 1;
                    break;
                case ExtensionBlockDeclarationSyntax:
                    break; // C# 14 `extension(T x) { … }`: no type of its own; its members belong to the enclosing static class.
                case TypeDeclarationSyntax type:
                    ExtractType(type, i, nodes, units, types);
                    break;
                case UsingDirectiveSyntax @using when IsFileLevel(@using) && @using.NamespaceOrType.ToString() is var import && !imports.Contains(import):
                    imports.Add(import);
                    if (!@using.StaticKeyword.IsKind(SyntaxKind.None) && TypeName(@using.NamespaceOrType) is var imported && !staticImports.Contains(imported))
                    {
                        staticImports.Add(imported);
                    }

                    break;
            }
        }

        foreach (var (top, count) in _neverRunIn)
        {
            var index = _typeIndex[top];
            types[index] = types[index] with { NeverRunTests = count };
        }

        var facts = new CSharpFileFacts(nodes);
        return new SourceFileModel
        {
            Path = relativePath,
            Language = SourceLanguage.CSharp,
            Project = project,
            LineCount = EndLine(root),
            Imports = [.. imports],
            StaticImports = [.. staticImports],
            ProjectTraits = root.AttributeLists
                .Where(l => l.Target?.Identifier.ValueText == "assembly")
                .SelectMany(l => l.Attributes)
                .SelectMany(TraitsOf)
                .ToImmutableArray(),
            Units = units.ToImmutable(),
            Types = types.ToImmutable(),
            Literals = facts.Literals(),
            ConfigDefaults = facts.ConfigDefaults(),
            Fallbacks = facts.Fallbacks(),
            ReferencedNames = nodes.ReferencedNames,
            ResolvedTypes = nodes.ResolvedTypes,
            AssemblyOfTypes = nodes.AssemblyOfTypes,
            Suppressions = CSharpSuppressions.Extract(root, text),
            NeverRunTests = _neverRun,
        };
    }

    /// <summary>A using directive of the file or of a namespace (what a walk descending only into those reaches).</summary>
    private static bool IsFileLevel(UsingDirectiveSyntax directive)
    {
        var parent = directive.Parent;
        while (parent is BaseNamespaceDeclarationSyntax)
        {
            parent = parent.Parent;
        }

        return parent is CompilationUnitSyntax;
    }

    private void ExtractType(TypeDeclarationSyntax type, int index, CSharpFileNodes nodes, ImmutableArray<CodeUnit>.Builder units, ImmutableArray<TypeDeclaration>.Builder types)
    {
        var container = type.Identifier.ValueText;
        var classTraits = type.AncestorsAndSelf().OfType<TypeDeclarationSyntax>()
            .SelectMany(t => t.AttributeLists).SelectMany(l => l.Attributes).SelectMany(TraitsOf).ToImmutableArray();
        var classIgnored = type.AttributeLists.SelectMany(l => l.Attributes).Select(DeclaredSkip).FirstOrDefault(s => s is not null);
        var mocks = new CSharpMocks(type, index, nodes);
        var members = type.Members;
        var hasTests = false;
        var setupNodes = new List<int>();
        var runnable = Runnable(type);

        // The type's direct children, found in its node range by stepping over each child's subtree; the members of a
        // C# 14 extension block are the enclosing class's own.
        foreach (var i in MemberIndexes(index, nodes))
        {
            switch (nodes[i])
            {
                case MethodDeclarationSyntax method:
                    {
                        var attributes = method.AttributeLists.SelectMany(l => l.Attributes).ToList();
                        var names = attributes.Select(AttributeName).ToList();
                        var marked = names.Any(n => IsTestAttribute(n) || derivedTestAttributes.Contains(n));
                        var isTest = marked && !NeverRun(names, runnable);
                        if (marked && !isTest)
                        {
                            _neverRun++;
                            var top = type.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().Last();
                            _neverRunIn[top] = _neverRunIn.GetValueOrDefault(top) + 1;
                        }

                        var isSetup = !isTest && (names.Any(SetupAttributes.Contains) || method.Identifier.ValueText is "InitializeAsync" or "DisposeAsync" or "Dispose");
                        hasTests |= isTest;
                        if (isSetup)
                        {
                            setupNodes.Add(i);
                            continue;
                        }

                        var kind = isTest ? CodeUnitKind.Test : CodeUnitKind.Helper;
                        var traits = isTest ? classTraits.AddRange(attributes.SelectMany(TraitsOf)) : [];
                        var skips = isTest
                            ? attributes.Select(DeclaredSkip).Where(s => s is not null).Select(s => s!).ToImmutableArray()
                            : [];
                        if (isTest && skips.IsEmpty && classIgnored is not null)
                        {
                            skips = [classIgnored];
                        }

                        var caseCount = Math.Max(1, names.Count(CaseAttributes.Contains));
                        var expectsException = names.Contains("ExpectedException");
                        var unit = BuildUnit(method, i, nodes, method.Identifier, container, kind, traits, skips, caseCount, expectsException, mocks, method.ParameterList);
                        if (isTest && names.Any(n => !IsTestAttribute(n) && !derivedTestAttributes.Contains(n) && !CaseAttributes.Contains(n)))
                        {
                            unit = unit with { Attributes = [.. names.Where(n => !IsTestAttribute(n) && !derivedTestAttributes.Contains(n) && !CaseAttributes.Contains(n)).Distinct()] };
                        }

                        units.Add(unit);
                        break;
                    }

                case ConstructorDeclarationSyntax or FieldDeclarationSyntax or PropertyDeclarationSyntax when nodes[i].Parent is not ExtensionBlockDeclarationSyntax:
                    setupNodes.Add(i);
                    break;
            }
        }

        if (setupNodes.Count > 0)
        {
            units.Add(BuildSetupUnit(type, container, setupNodes, nodes, mocks));
        }

        _typeIndex[type] = types.Count;
        types.Add(new TypeDeclaration(
            container,
            Line(type.Identifier),
            EndLine(type),
            type.BaseList?.Types.Select(t => TypeName(t.Type)).ToImmutableArray() ?? [],
            members.Count,
            hasTests,
            !hasTests && IsFakeShaped(type))
        {
            IsFrameworkHook = !hasTests && IsFrameworkHook(type),
            IsPartial = type.Modifiers.Any(SyntaxKind.PartialKeyword),
            HasExtensionMethods = type.Members.Any(m => m is MethodDeclarationSyntax { ParameterList.Parameters: [{ } first, ..] } && first.Modifiers.Any(SyntaxKind.ThisKeyword))
                                  || type.Members.Any(m => m.IsKind(SyntaxKind.ExtensionBlockDeclaration)),
            IsDocSample = CSharpDocSnippets.Overlaps(_snippets, Line(type.GetFirstToken()), EndLine(type)),
            InKeyedRegion = CSharpDocSnippets.Overlaps(_snippets, Line(type.GetFirstToken()), EndLine(type), keyed: true),
            MayInheritTests = !hasTests && MayInheritTests(type),
            FixtureArguments = FixtureArguments(type),
            HasHandlerMethods = !hasTests && Discoverable(type) && type.Members.Any(m => m is MethodDeclarationSyntax method && method.Modifiers.Any(SyntaxKind.PublicKeyword) && HandlerMethodNames.Contains(method.Identifier.ValueText)),
            Attributes = !hasTests && Discoverable(type) ? DeclaredAttributes(type) : [],
        });
    }

    /// <summary>Method names a message framework's convention takes for handlers (Wolverine: Handle(s)(Async), Consume(s)(Async); its sagas' Start, Orchestrate, NotFound).</summary>
    private static readonly FrozenSet<string> HandlerMethodNames = new[]
    {
        "Handle", "Handles", "HandleAsync", "HandlesAsync", "Consume", "Consumes", "ConsumeAsync", "ConsumesAsync",
        "Start", "Starts", "StartAsync", "StartsAsync", "Orchestrate", "Orchestrates", "OrchestrateAsync", "OrchestratesAsync",
        "StartOrHandle", "StartsOrHandles", "StartOrHandleAsync", "StartsOrHandlesAsync", "NotFound",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>A type an assembly scan can find: a public class or record, not abstract, in no non-public type.</summary>
    private static bool Discoverable(TypeDeclarationSyntax type) =>
        type is ClassDeclarationSyntax or RecordDeclarationSyntax && !type.Modifiers.Any(SyntaxKind.AbstractKeyword)
        && type.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().All(t => t.Modifiers.Any(SyntaxKind.PublicKeyword));

    /// <summary>See <see cref="TypeDeclaration.Attributes"/>.</summary>
    private static ImmutableArray<string> DeclaredAttributes(TypeDeclarationSyntax type) =>
        type.AttributeLists.SelectMany(l => l.Attributes)
            .Concat(type.Members.OfType<MethodDeclarationSyntax>().SelectMany(m => m.AttributeLists).SelectMany(l => l.Attributes))
            .Select(AttributeName).Distinct(StringComparer.Ordinal).ToImmutableArray();

    private List<(int Start, int End, bool Keyed)>? _snippets;

    private int _neverRun;

    private readonly Dictionary<TypeDeclarationSyntax, int> _neverRunIn = [];

    private readonly Dictionary<TypeDeclarationSyntax, int> _typeIndex = [];

    /// <summary>See <see cref="TypeDeclaration.FixtureArguments"/>.</summary>
    private static ImmutableArray<string> FixtureArguments(TypeDeclarationSyntax type)
    {
        ImmutableArray<string>.Builder? found = null;
        foreach (var baseType in type.BaseList?.Types ?? default)
        {
            var generic = baseType.Type switch
            {
                GenericNameSyntax g => g,
                QualifiedNameSyntax { Right: GenericNameSyntax g } => g,
                _ => null,
            };
            if (generic is { Identifier.ValueText: "IClassFixture" or "ICollectionFixture" or "IAssemblyFixture", TypeArgumentList.Arguments: [var argument] })
            {
                (found ??= ImmutableArray.CreateBuilder<string>()).Add(TypeName(argument));
            }
        }

        return found is null ? [] : found.ToImmutable();
    }

    /// <summary>See <see cref="TypeDeclaration.MayInheritTests"/>.</summary>
    private static bool MayInheritTests(TypeDeclarationSyntax type)
    {
        if (type is not ClassDeclarationSyntax || !type.Modifiers.Any(SyntaxKind.PublicKeyword) || type.Modifiers.Any(SyntaxKind.AbstractKeyword)
            || type.Modifiers.Any(SyntaxKind.StaticKeyword) || type.BaseList?.Types.FirstOrDefault()?.Type is not { } baseType)
        {
            return false;
        }

        var baseName = TypeName(baseType);
        if (baseName.EndsWith("Attribute", StringComparison.Ordinal) || (baseName.Length > 1 && baseName[0] == 'I' && char.IsUpper(baseName[1])))
        {
            return false; // an attribute, or an interface: no base class to inherit tests from
        }

        return TestSuiteName(baseName, baseToo: true) || TestSuiteName(type.Identifier.ValueText, baseToo: false)
               || (baseType is GenericNameSyntax or QualifiedNameSyntax { Right: GenericNameSyntax }
                   && baseType.DescendantNodes().OfType<TypeArgumentListSyntax>().First().Arguments.Any(a => TypeName(a).EndsWith("Fixture", StringComparison.Ordinal)));

        static bool TestSuiteName(string name, bool baseToo)
        {
            var squeezed = name.Replace("_", "", StringComparison.Ordinal);
            return squeezed.EndsWith("Tests", StringComparison.OrdinalIgnoreCase) || squeezed.EndsWith("Specs", StringComparison.OrdinalIgnoreCase)
                   || squeezed.EndsWith("Compliance", StringComparison.OrdinalIgnoreCase) || squeezed.EndsWith("Conformance", StringComparison.OrdinalIgnoreCase)
                   || (baseToo && (squeezed.EndsWith("TestBase", StringComparison.OrdinalIgnoreCase) || squeezed.EndsWith("TestSuite", StringComparison.OrdinalIgnoreCase)));
        }
    }

    /// <summary>Which frameworks can run the tests of a type, by its accessibility and its containing types'.</summary>
    private enum Runnability
    {
        /// <summary>Public all the way out, or not known (a partial part without a modifier: another part may declare it).</summary>
        Any,

        /// <summary>Internal somewhere (the default of a top-level type): xUnit does not run it; MSTest does with [assembly: DiscoverInternals].</summary>
        NotXunit,

        /// <summary>Private, protected or file-local somewhere (the default of a nested type): neither xUnit nor MSTest runs it.</summary>
        NeitherXunitNorMSTest,
    }

    private static Runnability Runnable(TypeDeclarationSyntax type)
    {
        var result = Runnability.Any;
        foreach (var t in type.AncestorsAndSelf().OfType<TypeDeclarationSyntax>())
        {
            var modifiers = t.Modifiers;
            if (modifiers.Any(SyntaxKind.PublicKeyword))
            {
                continue;
            }

            var nested = t.Parent is TypeDeclarationSyntax;
            var hasAccessibility = modifiers.Any(SyntaxKind.InternalKeyword) || modifiers.Any(SyntaxKind.PrivateKeyword) || modifiers.Any(SyntaxKind.ProtectedKeyword)
                                   || modifiers.Any(SyntaxKind.FileKeyword);
            if (!hasAccessibility && modifiers.Any(SyntaxKind.PartialKeyword))
            {
                return Runnability.Any;
            }

            var hidden = modifiers.Any(SyntaxKind.PrivateKeyword) || modifiers.Any(SyntaxKind.FileKeyword)
                         || (modifiers.Any(SyntaxKind.ProtectedKeyword) && !modifiers.Any(SyntaxKind.InternalKeyword)) || (nested && !hasAccessibility);
            result = hidden ? Runnability.NeitherXunitNorMSTest : result == Runnability.Any ? Runnability.NotXunit : result;
        }

        return result;
    }

    /// <summary>
    /// A test method xUnit or MSTest will never run: every test attribute on it is theirs and a type around it is not public
    /// (xUnit: xunit.net/xunit.analyzers/rules/xUnit1000; MSTest: learn.microsoft.com/dotnet/core/testing/mstest-analyzers/mstest0002,
    /// internal allowed with [assembly: DiscoverInternals]). Test data of a runner's own tests (typeof(ClassUnderTest)).
    /// NUnit (fixtures may be non-public since 2.5.3) and TUnit are left as they are.
    /// </summary>
    private static bool NeverRun(List<string> attributeNames, Runnability runnable) =>
        runnable != Runnability.Any && attributeNames.Where(IsTestAttribute).ToList() is { Count: > 0 } tests
        && tests.All(n => IsXunitAttribute(n) ? true : IsMSTestAttribute(n) && runnable == Runnability.NeitherXunitNorMSTest);

    private static bool IsXunitAttribute(string name) => name.EndsWith("Fact", StringComparison.Ordinal) || name.EndsWith("Theory", StringComparison.Ordinal);

    private static bool IsMSTestAttribute(string name) => name.EndsWith("TestMethod", StringComparison.Ordinal);

    private static IEnumerable<int> MemberIndexes(int index, CSharpFileNodes nodes)
    {
        for (var i = index + 1; i < nodes.End(index); i = nodes.End(i))
        {
            if (nodes[i] is ExtensionBlockDeclarationSyntax)
            {
                for (var j = i + 1; j < nodes.End(i); j = nodes.End(j))
                {
                    yield return j;
                }
            }
            else
            {
                yield return i;
            }
        }
    }

    private static readonly FrozenSet<string> HookTypeAttributes = new[] { "TestClass", "SetUpFixture", "CollectionDefinition", "TestFixture", "GlobalSetup", "Binding" }.ToFrozenSet();

    private static readonly FrozenSet<string> HookMemberAttributes = new[] { "AssemblyInitialize", "AssemblyCleanup", "ClassInitialize", "ClassCleanup", "OneTimeSetUp", "OneTimeTearDown", "ModuleInitializer", "GlobalSetup", "Benchmark" }.ToFrozenSet();

    private static bool IsFrameworkHook(TypeDeclarationSyntax type) =>
        type.AttributeLists.SelectMany(l => l.Attributes).Any(a => HookTypeAttributes.Contains(AttributeName(a)))
        || type.Members.OfType<MethodDeclarationSyntax>().SelectMany(m => m.AttributeLists).SelectMany(l => l.Attributes).Any(a => HookMemberAttributes.Contains(AttributeName(a)));


    internal static bool IsTestAttribute(string name) =>
        TestAttributes.Contains(name) || name.EndsWith("Fact", StringComparison.Ordinal) || name.EndsWith("Theory", StringComparison.Ordinal)
        || name.EndsWith("TestMethod", StringComparison.Ordinal);

    private CodeUnit BuildUnit(
        SyntaxNode member,
        int index,
        CSharpFileNodes nodes,
        SyntaxToken identifier,
        string container,
        CodeUnitKind kind,
        ImmutableArray<Trait> traits,
        ImmutableArray<SkipSite> declaredSkips,
        int caseCount,
        bool expectsException,
        CSharpMocks mocks,
        ParameterListSyntax? parameters)
    {
        var body = new CSharpUnitFacts(index, nodes, mocks);
        var assertions = body.Assertions;
        if (expectsException)
        {
            var attribute = member.DescendantNodes().OfType<AttributeSyntax>().First(a => AttributeName(a) == "ExpectedException");
            assertions = assertions.Add(new Assertion(Line(attribute), Column(attribute), AssertionLevel.Moderate, AssertionKind.ExpectedException, "[ExpectedException]", Snippet(attribute)));
        }

        return new CodeUnit
        {
            Name = identifier.ValueText,
            Container = container,
            Kind = kind,
            Line = Line(identifier),
            EndLine = EndLine(member),
            Traits = traits,
            CaseCount = caseCount,
            Assertions = assertions,
            Mocks = body.Mocks,
            Calls = body.Calls,
            Touches = body.Touches,
            Skips = declaredSkips.AddRange(body.Skips),
            Parameters = parameters?.Parameters.Select(p => p.Identifier.ValueText).ToImmutableArray() ?? [],
            IsPlaceholder = kind == CodeUnitKind.Test && body.IsPlaceholder,
            Reach = ReachOf(member),
        };
    }

    /// <summary>
    /// A private method (<c>private</c>, or no access modifier in a class, struct or record) is reached from its own type only;
    /// a member of a <c>file</c> type from its file. Explicit interface implementations and interface members are public.
    /// </summary>
    private static UnitReach ReachOf(SyntaxNode member)
    {
        if (member is not MethodDeclarationSyntax { ExplicitInterfaceSpecifier: null } method || method.Parent is not TypeDeclarationSyntax type || type is InterfaceDeclarationSyntax)
        {
            return UnitReach.Anywhere;
        }

        var modifiers = method.Modifiers;
        var isPrivate = modifiers.Any(SyntaxKind.PrivateKeyword)
            ? !modifiers.Any(SyntaxKind.ProtectedKeyword)
            : !modifiers.Any(SyntaxKind.PublicKeyword) && !modifiers.Any(SyntaxKind.InternalKeyword) && !modifiers.Any(SyntaxKind.ProtectedKeyword);
        return isPrivate ? UnitReach.OwnType
            : type.AncestorsAndSelf().OfType<TypeDeclarationSyntax>().Any(t => t.Modifiers.Any(SyntaxKind.FileKeyword)) ? UnitReach.OwnFile
            : UnitReach.Anywhere;
    }

    private CodeUnit BuildSetupUnit(TypeDeclarationSyntax type, string container, List<int> members, CSharpFileNodes nodes, CSharpMocks mocks)
    {
        var facts = members.Select(i => new CSharpUnitFacts(i, nodes, mocks)).ToList();
        return new CodeUnit
        {
            Name = "(setup)",
            Container = container,
            Kind = CodeUnitKind.Setup,
            Line = Line(type.Identifier),
            EndLine = EndLine(type),
            Assertions = [.. facts.SelectMany(f => f.Assertions)],
            Mocks = [.. facts.SelectMany(f => f.Mocks)],
            Calls = [.. facts.SelectMany(f => f.Calls)],
            Touches = [.. facts.SelectMany(f => f.Touches)],
            Skips = [.. facts.SelectMany(f => f.Skips)],
        };
    }

    /// <summary>Categories, traits and properties an attribute declares.</summary>
    private static IEnumerable<Trait> TraitsOf(AttributeSyntax attribute)
    {
        var name = AttributeName(attribute);
        var args = attribute.ArgumentList?.Arguments ?? default;
        var strings = args.Where(a => a.NameEquals is null).Select(a => StringValue(a.Expression)).ToList();
        switch (name)
        {
            case "TestCategory" or "Category" or "AssemblyCategory":
                foreach (var s in strings.Where(s => s is not null))
                {
                    yield return new Trait(Trait.Category, s!);
                }

                break;
            case "Trait" or "AssemblyTrait" or "TestProperty" or "Property" when strings.Count >= 2 && strings[0] is not null && strings[1] is not null:
                yield return CategoryTraitNames.Contains(strings[0]!) && TierNames.TryParse(strings[1], out _)
                    ? new Trait(Trait.Category, strings[1]!)
                    : new Trait(strings[0]!, strings[1]!);
                break;
            default:
                {
                    var stripped = name;
                    foreach (var suffix in new[] { "Fact", "Theory", "TestMethod", "Test", "Tests" })
                    {
                        if (stripped.Length > suffix.Length && stripped.EndsWith(suffix, StringComparison.Ordinal))
                        {
                            stripped = stripped[..^suffix.Length];
                            break;
                        }
                    }

                    if (TierNames.TryParse(stripped, out var tier))
                    {
                        yield return new Trait(Trait.Category, tier.ToName());
                    }

                    break;
                }
        }
    }

    private static SkipSite? DeclaredSkip(AttributeSyntax attribute)
    {
        var name = AttributeName(attribute);
        var args = attribute.ArgumentList?.Arguments ?? default;
        if (name is "Ignore" or "Skip" or "Explicit")
        {
            var reason = args.Select(a => StringValue(a.Expression)).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s));
            var until = args.Any(a => a.NameEquals?.Name.Identifier.ValueText == "Until") ? "until a date" : null; // NUnit's [Ignore("…", Until = "2025-01-01")]
            return new SkipSite(Line(attribute), name == "Explicit" ? SkipKind.Explicit : SkipKind.Declared, reason, until);
        }

        if (!IsTestAttribute(name))
        {
            return null;
        }

        var skip = args.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText is "Skip" or "Ignore" or "IgnoreReason");
        if (skip is not null)
        {
            // xUnit v3's SkipWhen/SkipUnless name a property that decides at run time: the skip is conditional.
            var condition = args.Any(a => a.NameEquals?.Name.Identifier.ValueText is "SkipWhen" or "SkipUnless") ? "condition" : null;
            return new SkipSite(Line(attribute), SkipKind.Declared, StringValue(skip.Expression) ?? skip.Expression.ToString(), condition);
        }

        return args.Any(a => a.NameEquals?.Name.Identifier.ValueText == "Explicit" && a.Expression.IsKind(SyntaxKind.TrueLiteralExpression))
            ? new SkipSite(Line(attribute), SkipKind.Explicit, null)
            : null;
    }

    /// <summary>
    /// A hand-written double by shape: implements something, and most of its methods just return a constant,
    /// record the call, or throw NotImplementedException.
    /// </summary>
    private static bool IsFakeShaped(TypeDeclarationSyntax type)
    {
        if (type.BaseList is null || !type.BaseList.Types.Any(t => TypeName(t.Type) is { Length: > 1 } n && n[0] == 'I' && char.IsUpper(n[1]) && !LifecycleInterfaces.Contains(n)))
        {
            return false;
        }

        var methods = type.Members.OfType<MethodDeclarationSyntax>().ToList();
        if (methods.Count == 0)
        {
            return false;
        }

        var trivial = methods.Count(m => IsTrivialBody(m));
        return trivial * 2 >= methods.Count;
    }

    private static bool IsTrivialBody(MethodDeclarationSyntax method)
    {
        var expression = method.ExpressionBody?.Expression;
        if (method.Body is { } body)
        {
            if (body.Statements.Count == 0)
            {
                return true;
            }

            if (body.Statements.Count > 2)
            {
                return false;
            }

            expression = body.Statements.Last() switch
            {
                ReturnStatementSyntax r => r.Expression,
                ThrowStatementSyntax t => t.Expression,
                ExpressionStatementSyntax e => e.Expression,
                _ => null,
            };
        }

        return expression switch
        {
            null => false,
            LiteralExpressionSyntax or DefaultExpressionSyntax => true,
            ObjectCreationExpressionSyntax o => TypeName(o.Type) is "NotImplementedException" or "NotSupportedException",
            ThrowExpressionSyntax => true,
            MemberAccessExpressionSyntax m => m.ToString() is "Task.CompletedTask" or "ValueTask.CompletedTask" or "string.Empty",
            InvocationExpressionSyntax i => InvokedName(i) is "FromResult" or "Add" or "Empty" or "CompletedTask",
            IdentifierNameSyntax => true,
            _ => false,
        };
    }
}
