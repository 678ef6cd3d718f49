using Microsoft.VisualStudio.TestTools.UnitTesting;
using Shop.Testing.Builders;

namespace Shop.Testing.Tests;

[TestClass]
public class OrderBuilderTests
{
    [TestMethod]
    public void Build_UsesDefaults()
    {
        Assert.AreEqual("A-1", OrderBuilder.AnOrder().Build().Id);
    }
}
