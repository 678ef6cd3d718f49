using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.Tests.Unit;

[TestClass]
public partial class CalendarTests
{
    [TestMethod]
    public void Year2000_IsLeap() => Assert.IsTrue(DateTime.IsLeapYear(2000));
}
