// Retired with the v1 member discount; PriceCalculatorTests covers the Tuesday discount. // plant: FH1507
//
// using Microsoft.VisualStudio.TestTools.UnitTesting;
//
// namespace Orders.UnitTests;
//
// [TestClass]
// public sealed class LegacyDiscountTests
// {
//     [TestMethod]
//     public void Discount_IsTenPercentForMembers() => Assert.AreEqual(10m, LegacyDiscount.For("member", 100m));
// }
