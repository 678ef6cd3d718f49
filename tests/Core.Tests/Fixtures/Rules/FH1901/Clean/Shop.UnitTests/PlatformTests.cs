using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.UnitTests;

[TestClass]
public class PlatformTests
{
#if NET8_0_OR_GREATER
    [TestMethod]
    public void Runtime_IsModern() => Assert.AreEqual(8, System.Environment.Version.Major >= 8 ? 8 : 0);
#else
#error These tests need .NET 8 or later
#endif
}
