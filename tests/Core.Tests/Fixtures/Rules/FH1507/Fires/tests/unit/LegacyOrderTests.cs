// plant: FH1507
// Retired with the v1 order API.
// [TestClass]
// public class LegacyOrderTests
// {
//     [TestMethod]
//     public void Total_SumsLines() { }
// }
