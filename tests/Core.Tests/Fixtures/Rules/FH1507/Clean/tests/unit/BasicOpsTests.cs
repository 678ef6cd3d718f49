using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.Tests.Unit;

[TestClass]
public class BasicOpsTests : BasicOpsTestsBase
{
}

public abstract class BasicOpsTestsBase
{
    protected virtual bool HighIntegrity => false;

    [TestMethod]
    public void Adds() => Assert.AreEqual(2, 1 + (HighIntegrity ? 1 : 1));
}
