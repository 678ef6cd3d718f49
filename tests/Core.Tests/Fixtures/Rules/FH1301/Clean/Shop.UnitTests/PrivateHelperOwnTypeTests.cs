using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.UnitTests;

[TestClass]
public partial class LedgerTests
{
    private static void CheckBalanced(Ledger ledger) => Assert.AreEqual(0m, ledger.Balance);

    [TestMethod]
    public void Posting_Balances() => CheckBalanced(Ledger.Post(10m, -10m));

    [TestClass]
    public class Nested
    {
        // a nested type reaches its outer type's private helper
        [TestMethod]
        public void Reversal_Balances() => CheckBalanced(Ledger.Post(5m, -5m));
    }
}

public partial class LedgerTests
{
    // another part of the partial type reaches the private helper too
    [TestMethod]
    public void Empty_Balances() => CheckBalanced(Ledger.Empty);
}
