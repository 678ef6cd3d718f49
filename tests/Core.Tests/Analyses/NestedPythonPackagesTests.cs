using FloeHarden.Core.Discovery;
using FloeHarden.Core.Tests.Support;

namespace FloeHarden.Core.Tests.Analyses;

/// <summary>FH1504 in a Python monorepo that is not the audited root: packages/ nested under another folder.</summary>
[TestClass]
public sealed class NestedPythonPackagesTests
{
    [TestMethod]
    [DataRow("packages/orders/tests/test_x.py", "orders")]
    [DataRow("python/packages/orders/tests/unit/test_x.py", "orders")]
    [DataRow("repo/plugins/mailer/test_mailer.py", "mailer")]
    [DataRow("packages/orders/src/orders/services/handlers/test_h.py", "orders")]
    [DataRow("tests/unit/test_x.py", null)]
    [DataRow("packages/test_x.py", null)]
    public void PythonPackageOf_OutermostPackagesFolder(string path, string? expected) =>
        Assert.AreEqual(expected, FileDiscovery.PythonPackageOf(path));

    [TestMethod]
    [DataRow("")]
    [DataRow("python")]
    public void CrossPackageUnitTest_IsReported_WhereverTheMonorepoSits(string prefix)
    {
        using var tree = new TempTree()
            .Write(Path.Combine(prefix, "packages/orders/tests/unit/test_checkout.py"), "from billing.invoices import invoice\nfrom catalog.items import item\n\ndef test_checkout():\n    assert invoice(item('a')) == 3\n")
            .Write(Path.Combine(prefix, "packages/billing/tests/unit/test_invoices.py"), "def test_invoice():\n    assert 1 + 1 == 2\n")
            .Write(Path.Combine(prefix, "packages/catalog/tests/unit/test_items.py"), "def test_item():\n    assert 2 + 2 == 4\n");

        var result = Fixtures.Audit(tree.Root);

        var crossing = result.Findings.Where(f => f.RuleId == "FH1504").Select(f => f.File).ToList();
        CollectionAssert.AreEqual(new[] { Path.Combine(prefix, "packages/orders/tests/unit/test_checkout.py").Replace('\\', '/') }, crossing);
    }
}
