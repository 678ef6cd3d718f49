using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.Tests.Unit;

[TestClass]
public class MemoryStoreTests : StoreTest<MemoryStore>
{
    [TestMethod]
    public void NewStore_IsEmpty() => Assert.AreEqual(0, Store.Count);
}
