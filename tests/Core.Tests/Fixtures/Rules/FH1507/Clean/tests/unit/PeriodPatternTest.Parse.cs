using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.Tests.Unit;

public static partial class PeriodPatternTest
{
    [TestClass]
    public class Parse
    {
        [TestMethod]
        public void ParsesHours() => Assert.AreEqual("PT1H", Pattern);
    }
}
