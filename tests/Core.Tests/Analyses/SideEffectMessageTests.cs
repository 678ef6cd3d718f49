using FloeHarden.Core.Tests.Support;

namespace FloeHarden.Core.Tests.Analyses;

/// <summary>FH1401 names the test's tier when it is known, and says nothing of it when it is not ("(unknown)" read like a symbol).</summary>
[TestClass]
public sealed class SideEffectMessageTests
{
    private const string Test = "from shop import repo\n\n\ndef test_save_returns_id():\n    order_id = repo.save({\"sku\": \"A-1\"})\n    assert order_id == 7\n";

    [TestMethod]
    [DataRow("tests/integration/test_orders.py", "test_orders.test_save_returns_id (integration test) performs 1 side-effecting call")]
    [DataRow("tests/test_orders.py", "test_orders.test_save_returns_id performs 1 side-effecting call")]
    public void TheTierIsNamed_OnlyWhenKnown(string path, string expectedStart)
    {
        using var tree = new TempTree().Write(path, Test);

        var finding = Fixtures.Audit(tree.Root).Findings.Single(f => f.RuleId == "FH1401");

        StringAssert.StartsWith(finding.Message, expectedStart, finding.Message);
    }
}
