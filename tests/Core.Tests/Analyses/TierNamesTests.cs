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

    [TestMethod]
    [DataRow("test/units/module_utils/facts/system/test_fips.py", Tier.Unit)]
    [DataRow("test/units/facts/network/test_parse.py", Tier.Unit)]
    [DataRow("tests/system/test_cluster.py", Tier.E2E)]
    [DataRow("tests/Humanizer.Tests/Localisation/it/NumberToWordsTests.cs", Tier.Unknown)]
    [DataRow("astropy/units/tests/test_quantity.py", Tier.Unknown)]
    [DataRow("src/app/component/tests/test_widget.py", Tier.Unknown)]
    [DataRow("tests/component/test_widget.py", Tier.Integration)]
    [DataRow("tests/unit/payments/contracts/test_refund.py", Tier.Unit)]
    [DataRow("tests/integration/system/test_boot.py", Tier.Integration)]
    [DataRow("system_tests/test_boot.py", Tier.E2E)]
    [DataRow("test/Client.Tests.Integrated/GetTests.cs", Tier.Integration)]
    [DataRow("tests/Integrated/GetTests.cs", Tier.Integration)]
    [DataRow("t/smoke/tests/test_worker.py", Tier.E2E)]
    [DataRow("tests/smoke/test_boot.py", Tier.E2E)]
    [DataRow("tests/unit/smoke/test_detector.py", Tier.Unit)]
    [DataRow("src/fire/smoke/tests/test_plume.py", Tier.Unknown)]
    public void Location_TakesADomainWordForATierOnlyRightUnderATestRoot(string path, Tier expected)
    {
        var config = FloeHarden.Core.Config.ConfigLoader.Defaults("/repo");
        var file = new SourceFileModel { Path = path, Language = path.EndsWith(".py", StringComparison.Ordinal) ? SourceLanguage.Python : SourceLanguage.CSharp };

        Assert.AreEqual(expected, TierResolver.ByLocation("/repo", file, config), path);
    }

    [TestMethod]
    public void Location_AuditedTestFolder_IsTheTestRootOfItsFirstLevel()
    {
        var config = FloeHarden.Core.Config.ConfigLoader.Defaults("/repo/tests");
        var file = new SourceFileModel { Path = "system/test_boot.py", Language = SourceLanguage.Python };

        Assert.AreEqual(Tier.E2E, TierResolver.ByLocation("/repo/tests", file, config));
    }
}
