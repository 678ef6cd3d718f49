using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.EndToEnd.Tests;

// Named after the root namespace: it tests the whole product, and is no package claiming every Shop.* namespace.
[TestClass]
public class SmokeTests
{
    [TestMethod]
    public void Home_Answers() => Assert.AreEqual("Shop", "Shop");
}
