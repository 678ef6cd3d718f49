namespace FloeHarden.Core.Model;

public enum SourceLanguage
{
    CSharp,
    Python,
}

/// <summary>The tier a test belongs to. Order matters: it is the order tables list tiers in.</summary>
public enum Tier
{
    Unknown,
    Unit,
    Contract,
    Integration,
    E2E,
}

/// <summary>One hierarchy for every assertion, in every language (RULES.md AC-1.3).</summary>
public enum AssertionLevel
{
    None = 0,
    Trivial = 1,
    Weak = 2,
    Moderate = 3,
    Structural = 4,
    Exact = 5,
}

public enum AssertionKind
{
    /// <summary>An assertion API call or statement (Assert.*, Should(), assert).</summary>
    Assertion,

    /// <summary>A mock verification (Verify, Received, MustHaveHappened, assert_called_with).</summary>
    MockVerification,

    /// <summary>An expected exception (Assert.Throws, [ExpectedException], pytest.raises).</summary>
    ExpectedException,

    /// <summary>A snapshot or approval check (Verify(x), ShouldMatchApproved, snapshot fixtures).</summary>
    Snapshot,
}

[Flags]
public enum AssertionTraits
{
    None = 0,

    /// <summary>Can never fail: literal vs literal, assert True, not-null of a just-constructed object.</summary>
    Tautology = 1,

    /// <summary>A boolean assertion whose argument is an equality: the failure message loses the diff.</summary>
    BooleanOfEquality = 2,

    /// <summary>
    /// With <see cref="BooleanOfEquality"/>: one side is a literal (<c>total == 42</c>, <c>prefix == "v1"</c>), so plain values
    /// are compared, never an equality operator under test.
    /// </summary>
    ValueComparison = 4,
}

public enum CodeUnitKind
{
    /// <summary>A test method or function.</summary>
    Test,

    /// <summary>A non-test method or function inside test code (helpers, builders, base class members).</summary>
    Helper,

    /// <summary>Set-up code: constructors, fields, [TestInitialize], setUp, pytest fixtures.</summary>
    Setup,
}

/// <summary>Where calls may reach a unit from (<see cref="CodeUnit.Reach"/>).</summary>
public enum UnitReach
{
    /// <summary>Public, internal, protected, or a language without access modifiers.</summary>
    Anywhere,

    /// <summary>A private member: its own type and the types nested in it.</summary>
    OwnType,

    /// <summary>A member of a file-local type (<c>file class</c>): its file.</summary>
    OwnFile,
}

public enum CallKind
{
    Invocation,
    Construction,

    /// <summary>A decorator applied to a test (Python <c>@fails_with(ValueError)</c>): its wrapper runs the test.</summary>
    Decoration,
}

[Flags]
public enum MockTraits
{
    None = 0,

    /// <summary>Behaviour was set up (Setup, Returns, return_value, side_effect, A.CallTo(..).Returns).</summary>
    Configured = 1,

    /// <summary>Interactions were verified (Verify, Received, MustHaveHappened, assert_called*).</summary>
    Verified = 2,

    /// <summary>A partial mock that calls the real implementation (CallBase, ForPartsOf, CallsBaseMethods).</summary>
    Partial = 4,

    /// <summary>Replaces a name in place (patch, patch.object, monkeypatch.setattr, mocker.patch).</summary>
    Patch = 8,

    /// <summary>Read or asserted on in the test beyond being passed along (attribute reads, assert on it).</summary>
    Inspected = 16,

    /// <summary>A spy: it records calls and runs the real code (<c>mocker.spy</c>, <c>Mock(wraps=…)</c>), replacing nothing.</summary>
    Spy = 32,
}

public enum ResourceKind
{
    Network,
    Database,
    Cluster,
    Container,
    Process,
    FileSystem,
    Environment,
    Sleep,
}

public enum SkipKind
{
    /// <summary>The test skips itself at run time (Assert.Inconclusive, pytest.skip, Skip.If).</summary>
    Runtime,

    /// <summary>A static skip declaration ([Ignore], Skip = "...", @pytest.mark.skip).</summary>
    Declared,

    /// <summary>Expected to fail (pytest.xfail, @pytest.mark.xfail).</summary>
    ExpectedFailure,

    /// <summary>
    /// Runs only when selected by name or filter (NUnit and TUnit <c>[Explicit]</c>, xUnit v3 <c>Explicit = true</c>): a
    /// deliberate opt-in for slow or manual tests, not a disabled test.
    /// </summary>
    Explicit,
}

/// <summary>How a suppression is written: a comment (<c>// floe-audit: ignore</c>, <c># floe-audit: ignore[…]</c>) or an attribute (<c>[SuppressMessage]</c>).</summary>
public enum SuppressionForm
{
    Comment,
    Attribute,
}
