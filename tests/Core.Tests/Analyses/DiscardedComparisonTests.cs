using FloeHarden.Core.Tests.Support;

namespace FloeHarden.Core.Tests.Analyses;

/// <summary>
/// A Python comparison written as a statement (<c>x == y</c> without <c>assert</c>) checks nothing: FH1301 points at it and
/// says what is missing, rather than asking for "an assertion on the outcome" the author believes is there.
/// </summary>
[TestClass]
public sealed class DiscardedComparisonTests
{
    [TestMethod]
    public void AComparisonWithoutAssert_IsNamedInTheFinding()
    {
        using var tree = new TempTree().Write(
            "tests/test_console.py",
            "from rich.console import Console\nfrom rich.style import Style\n\n\ndef test_get_style():\n    console = Console()\n    console.get_style(\"bold\") == Style(bold=True)\n");

        var finding = Fixtures.Audit(tree.Root).Findings.Single();

        Assert.AreEqual(("FH1301", 5), (finding.RuleId, finding.Line));
        Assert.AreEqual(
            "test_console.test_get_style asserts nothing: the comparison on line 7 (`console.get_style(\"bold\") == Style(bold=True)`) is computed and thrown away; put `assert` before it",
            finding.Message);
    }

    [TestMethod]
    public void ATestThatAssertsToo_IsJudgedByItsAssertion()
    {
        using var tree = new TempTree().Write(
            "tests/test_console.py",
            "from rich.console import Console\n\n\ndef test_width():\n    console = Console(width=80)\n    console.width == 80\n    assert console.size.width == 80\n");

        Assert.IsEmpty(Fixtures.Audit(tree.Root).Findings);
    }
}
