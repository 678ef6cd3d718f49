using FloeHarden.Core.Rules;
using FloeHarden.Core.Tests.Support;

namespace FloeHarden.Core.Tests;

/// <summary>
/// A test receives fixtures from the conftest.py files pytest loads for it (its folder and the folders above), never from
/// a sibling package's conftest that happens to define a fixture of the same name.
/// </summary>
[TestClass]
public sealed class ConftestScopeTests
{
    [TestMethod]
    public void FixtureMock_IsCreditedOnlyToTestsUnderItsConftest()
    {
        var result = Fixtures.Audit(Path.Combine(Fixtures.Root, "ConftestScope"));

        var leaks = result.Findings.Where(f => f.RuleId == RuleCatalog.MockInIntegration.Id).OrderBy(f => f.File, StringComparer.Ordinal).ToList();

        Assert.HasCount(2, leaks, string.Join("\n", leaks.Select(f => $"{f.File}:{f.Line} {f.Message}")));
        // Reported where the mock is written (each package's conftest.py, line 8/9), naming the test that receives it.
        Assert.AreEqual(("packages/alpha/tests/conftest.py", 8), (leaks[0].File, leaks[0].Line));
        Assert.Contains("AlphaGateway in integration test test_alpha.test_charges", leaks[0].Message);
        Assert.AreEqual(("packages/beta/tests/conftest.py", 9), (leaks[1].File, leaks[1].Line));
        Assert.Contains("BetaGateway in integration test test_beta.test_refunds", leaks[1].Message);
    }
}
