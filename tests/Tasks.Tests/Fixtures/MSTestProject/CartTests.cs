using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.Tests;

[TestClass]
public sealed class CartTests
{
    [TestMethod]
    public void AddingAnItem() // plant: FH1301
    {
        var cart = new List<string> { "apple" };
        cart.Add("pear");
    }

    [TestMethod]
    public void TotalOfTwoItems()
    {
        var total = new[] { 2, 3 }.Sum();
        Assert.AreEqual(5, total);
    }

    [TestMethod]
    public void CartIsAlwaysFine()
    {
        Assert.IsTrue(true); // plant: FH1304
    }
}
