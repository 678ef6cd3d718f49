using Microsoft.VisualStudio.TestTools.UnitTesting;
using Shop.Testing;

namespace Shop.Testing.Tests;

[TestClass]
public class HarnessNamingTests
{
    [TestMethod]
    public void Name_IsShop() // plant: FH1803
    {
        Assert.AreEqual("shop", new Harness().Name);
    }
}
