using FloeHarden.Core.Analyses.Assertions;

namespace FloeHarden.Core.Tests.Analyses;

/// <summary>Which test and helper names put the equality contract under test (FH1305 does not apply there).</summary>
[TestClass]
public sealed class EqualityContractNamesTests
{
    [TestMethod]
    [DataRow("OperatorEquality_OfEqualAmounts", true)]
    [DataRow("Equals_IsSymmetric", true)]
    [DataRow("TestOperatorComparison", true)]
    [DataRow("test_eq", true)]
    [DataRow("test_ne_hash", true)]
    [DataRow("NotEqual_WhenAmountsDiffer", true)]
    [DataRow("IsReflexive", true)]
    [DataRow("CheckSame", true)]
    [DataRow("Keys_AreEquivalent", true)]
    [DataRow("Total_IsSum", false)]
    [DataRow("test_order_is_placed", false)]
    [DataRow("OneToMany_Loads", false)]
    [DataRow("NetworkTimeout", false)]
    [DataRow("test_new_user", false)]
    public void TestsEquality_ReadsTheNamesWords(string name, bool expected) =>
        Assert.AreEqual(expected, AssertionAnalysis.TestsEquality(name), name);
}
