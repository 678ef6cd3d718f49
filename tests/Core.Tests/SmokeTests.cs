namespace FloeHarden.Core.Tests;

[TestClass]
public sealed class SmokeTests
{
    [TestMethod]
    public void Adds() => Assert.AreEqual(4, 2 + 2);
}
