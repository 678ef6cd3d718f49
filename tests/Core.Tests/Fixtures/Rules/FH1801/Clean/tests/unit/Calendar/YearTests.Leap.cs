using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.Tests.Unit.Calendar;

[TestClass]
public partial class YearTests
{
    [TestMethod]
    public void Year2000_IsLeap() => Assert.IsTrue(DateTime.IsLeapYear(2000));
}
