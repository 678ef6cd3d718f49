using FloeHarden.Core.Model;

namespace FloeHarden.Core.Tests.Python;

[TestClass]
public sealed class PythonAssertionTests
{
    private const string File = "tests/unit/test_assertions.py";

    [TestMethod]
    [DataRow("test_exact_literal", 12, AssertionLevel.Exact, "total")]
    [DataRow("test_structural_dict", 17, AssertionLevel.Structural, "order")]
    [DataRow("test_structural_set", 22, AssertionLevel.Structural, "items")]
    [DataRow("test_moderate_len", 27, AssertionLevel.Moderate, "items")]
    [DataRow("test_weak_len_positive", 32, AssertionLevel.Weak, "items")]
    [DataRow("test_trivial_not_none", 43, AssertionLevel.Trivial, "order")]
    [DataRow("test_moderate_is_none", 47, AssertionLevel.Moderate, "place_order")]
    [DataRow("test_weak_truthiness", 52, AssertionLevel.Weak, "result")]
    [DataRow("test_variables_equal", 68, AssertionLevel.Exact, "actual")]
    [DataRow("test_approx", 82, AssertionLevel.Exact, "place_order")]
    public void AssertStatement_IsClassifiedByItsExpression(string test, int line, AssertionLevel level, string subject)
    {
        var assertion = PythonFixtures.Unit(File, test).Assertions.Single();

        Assert.AreEqual(line, assertion.Line);
        Assert.AreEqual(level, assertion.Level);
        Assert.AreEqual(subject, assertion.Subject);
        Assert.AreEqual(AssertionTraits.None, assertion.Traits);
    }

    [TestMethod]
    public void PredicateOfAnArgument_IsModerate_AFlagStaysWeak()
    {
        var predicates = PythonFixtures.Unit(File, "test_predicate_of_an_argument").Assertions;
        var flags = PythonFixtures.Unit(File, "test_flags_stay_weak").Assertions;

        CollectionAssert.AreEqual(Enumerable.Repeat(AssertionLevel.Moderate, 4).ToArray(), predicates.Select(a => a.Level).ToArray());
        CollectionAssert.AreEqual(new[] { 126, 127, 128, 129 }, predicates.Select(a => a.Line).ToArray());
        CollectionAssert.AreEqual(new[] { AssertionLevel.Weak, AssertionLevel.Weak }, flags.Select(a => a.Level).ToArray());
    }

    [TestMethod]
    public void IdentityWithTrue_IsModerate_LikeIsNone()
    {
        var assertion = PythonFixtures.Unit(File, "test_identity_with_true").Assertions.Single();

        Assert.AreEqual(AssertionLevel.Moderate, assertion.Level);
    }

    [TestMethod]
    public void TryFailExcept_IsAnExpectedExceptionOfTheCaughtType()
    {
        var expected = PythonFixtures.Unit(File, "test_try_fail_except").Assertions.Single(a => a.Kind == AssertionKind.ExpectedException);

        Assert.AreEqual(AssertionLevel.Moderate, expected.Level);
        Assert.AreEqual("try/fail/except ValueError", expected.Api);
        Assert.AreEqual(139, expected.Line); // the try statement
    }

    [TestMethod]
    public void IsinstanceAndMembership_AreModerate()
    {
        var assertions = PythonFixtures.Unit(File, "test_moderate_isinstance_and_in").Assertions;

        CollectionAssert.AreEqual(new[] { AssertionLevel.Moderate, AssertionLevel.Moderate }, assertions.Select(a => a.Level).ToArray());
        CollectionAssert.AreEqual(new[] { 37, 38 }, assertions.Select(a => a.Line).ToArray());
    }

    [TestMethod]
    public void AssertTrueAndLiteralEquality_AreTautologies()
    {
        var assertions = PythonFixtures.Unit(File, "test_tautology").Assertions;

        Assert.HasCount(2, assertions);
        Assert.IsTrue(assertions.All(a => a.Level == AssertionLevel.Trivial && a.Traits == AssertionTraits.Tautology));
        Assert.AreEqual("assert 1 == 1", assertions[1].Text);
    }

    [TestMethod]
    public void NotNoneOfAJustConstructedObject_IsATautology()
    {
        var assertion = PythonFixtures.Unit(File, "test_fresh_not_none").Assertions.Single();

        Assert.AreEqual(AssertionLevel.Trivial, assertion.Level);
        Assert.AreEqual(AssertionTraits.Tautology, assertion.Traits);
    }

    [TestMethod]
    public void PytestRaises_IsModerate_AndExactWithMatch()
    {
        var plain = PythonFixtures.Unit(File, "test_raises").Assertions.Single();
        var match = PythonFixtures.Unit(File, "test_raises_match").Assertions.Single();

        Assert.AreEqual((AssertionLevel.Moderate, AssertionKind.ExpectedException, 72), (plain.Level, plain.Kind, plain.Line));
        Assert.AreEqual((AssertionLevel.Exact, AssertionKind.ExpectedException, 77), (match.Level, match.Kind, match.Line));
    }

    [TestMethod]
    public void MockVerifications_AreGradedByTheirArguments()
    {
        var assertions = PythonFixtures.Unit(File, "test_mock_verifications").Assertions;

        CollectionAssert.AreEqual(
            new[] { AssertionLevel.Exact, AssertionLevel.Weak, AssertionLevel.Moderate, AssertionLevel.Moderate, AssertionLevel.Structural },
            assertions.Select(a => a.Level).ToArray());
        Assert.IsTrue(assertions.All(a => a.Kind == AssertionKind.MockVerification && a.Subject == "sender"));
        Assert.AreEqual("mock.assert_called_once_with", assertions[0].Api);
    }

    [TestMethod]
    public void SnapshotFixtureComparison_IsAStructuralSnapshot()
    {
        var assertion = PythonFixtures.Unit(File, "test_snapshot").Assertions.Single();

        Assert.AreEqual((AssertionLevel.Structural, AssertionKind.Snapshot), (assertion.Level, assertion.Kind));
    }

    [TestMethod]
    public void SnapCompareFixtureCalled_IsAStructuralSnapshot()
    {
        var assertion = PythonFixtures.Unit(File, "test_snap_compare").Assertions.Single();

        Assert.AreEqual((151, AssertionLevel.Structural, AssertionKind.Snapshot, "snap_compare"), (assertion.Line, assertion.Level, assertion.Kind, assertion.Api));
    }

    [TestMethod]
    public void DjangoTestCaseAssertions_HaveTheirLevels()
    {
        var assertions = PythonFixtures.Unit(File, "test_django_assertions").Assertions;

        CollectionAssert.AreEqual(
            new[]
            {
                (157, AssertionLevel.Moderate, AssertionKind.Assertion, "self.assertContains"),
                (158, AssertionLevel.Exact, AssertionKind.ExpectedException, "self.assertRaisesMessage"),
                (160, AssertionLevel.Moderate, AssertionKind.Assertion, "self.assertNumQueries"),
                (162, AssertionLevel.Exact, AssertionKind.Assertion, "self.assertRedirects"),
            },
            assertions.Select(a => (a.Line, a.Level, a.Kind, a.Api)).ToArray());
    }

    [TestMethod]
    public void AssertFalseInACheckHelper_IsModerateLikeRaiseAssertionError_ElsewhereWeak()
    {
        var check = PythonFixtures.Unit(File, "assert_rows").Assertions.Single();
        var other = PythonFixtures.Unit(File, "compare_rows").Assertions.Single();

        Assert.AreEqual((168, AssertionLevel.Moderate, "assert False"), (check.Line, check.Level, check.Api));
        Assert.AreEqual((173, AssertionLevel.Weak), (other.Line, other.Level));
    }

    [TestMethod]
    public void TestWithoutAssertion_HasNone()
    {
        Assert.IsEmpty(PythonFixtures.Unit(File, "test_nothing").Assertions);
    }

    [TestMethod]
    [DataRow("test_assert_equal", AssertionLevel.Exact, AssertionKind.Assertion)]
    [DataRow("test_assert_is_not_none", AssertionLevel.Trivial, AssertionKind.Assertion)]
    [DataRow("test_assert_in", AssertionLevel.Moderate, AssertionKind.Assertion)]
    [DataRow("test_assert_raises", AssertionLevel.Moderate, AssertionKind.ExpectedException)]
    [DataRow("test_assert_count_equal", AssertionLevel.Structural, AssertionKind.Assertion)]
    public void UnittestAssertMethods_AreClassified(string test, AssertionLevel level, AssertionKind kind)
    {
        var assertion = PythonFixtures.Unit(File, test).Assertions.Single();

        Assert.AreEqual((level, kind), (assertion.Level, assertion.Kind));
        Assert.StartsWith("self.assert", assertion.Api);
    }

    [TestMethod]
    public void AssertTrueOfAnEquality_LosesTheDiff_ButAPlainAssertDoesNot()
    {
        var boolean = PythonFixtures.Unit(File, "test_assert_true_of_equality").Assertions.Single();
        var plain = PythonFixtures.Unit(File, "test_exact_literal").Assertions.Single();

        Assert.AreEqual(AssertionTraits.BooleanOfEquality | AssertionTraits.ValueComparison, boolean.Traits);
        Assert.AreEqual(AssertionLevel.Exact, boolean.Level);
        Assert.AreEqual(109, boolean.Line);
        Assert.AreEqual("order", boolean.Subject);
        Assert.AreEqual(AssertionTraits.None, plain.Traits);
    }
}
