using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.Tests.Integration;

[TestClass]
public class ClusterTests
{
    [TestMethod]
    public void Orders_AreReplicated()
    {
        Assert.IsTrue(ClusterProbe.IsUp(), "the cluster must be up: run `make kind-up` first");
        Assert.AreEqual(3, ClusterProbe.Replicas("orders"));
    }
}
