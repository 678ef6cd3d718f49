using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Bare.Tests;

[TestClass]
public class MathTests
{
    [TestMethod]
    public void Add_SumsBothNumbers()
    {
        Assert.AreEqual(5, Calculator.Add(2, 3));
    }
}
