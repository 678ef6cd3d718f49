using FloeHarden.Core.Analyses.Tiers;
using FloeHarden.Core.Model;

namespace FloeHarden.Core.Tests.Analyses;

/// <summary>Folder and project names that name a tier, and the look-alikes that do not.</summary>
[TestClass]
public sealed class TierNamesTests
{
    [TestMethod]
    [DataRow("integration", Tier.Integration)]
    [DataRow("Orders.IntegrationTests", Tier.Integration)]
    [DataRow("integration_tests", Tier.Integration)]
    [DataRow("unit", Tier.Unit)]
    [DataRow("Shop.E2E", Tier.E2E)]
    [DataRow("contract-tests", Tier.Contract)]
    [DataRow("it", Tier.Integration)]
    public void TierFolderOrProject_NamesItsTier(string name, Tier expected) => Assert.AreEqual(expected, TierResolver.FromName(name));

    [TestMethod]
    [DataRow("integrations")]
    [DataRow("Integrations")]
    [DataRow("utils")]
    public void LookAlike_NamesNoTier(string name) => Assert.IsNull(TierResolver.FromName(name), name);
}
