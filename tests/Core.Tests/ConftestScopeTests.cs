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
        Assert.AreEqual("packages/alpha/tests/integration/test_alpha.py", leaks[0].File);
        Assert.Contains("AlphaGateway", leaks[0].Message);
        Assert.AreEqual("packages/beta/tests/integration/test_beta.py", leaks[1].File);
        Assert.Contains("BetaGateway", leaks[1].Message);
    }
}
