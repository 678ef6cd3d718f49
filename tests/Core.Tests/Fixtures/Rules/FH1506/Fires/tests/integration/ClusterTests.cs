using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.Tests.Integration;

[TestClass]
public class ClusterTests
{
    [TestMethod]
    public void Orders_AreReplicated()
    {
        if (!ClusterProbe.IsUp())
        {
            Assert.Inconclusive("cluster not reachable"); // plant: FH1506
        }

        Assert.AreEqual(3, ClusterProbe.Replicas("orders"));
    }

    [TestMethod]
    public void Billing_IsReplicated()
    {
        RequireCluster();
        Assert.AreEqual(2, ClusterProbe.Replicas("billing"));
    }

    [TestMethod]
    public void Shipping_IsReplicated()
    {
        RequireCluster();
        Assert.AreEqual(2, ClusterProbe.Replicas("shipping"));
    }

    private static void RequireCluster()
    {
        if (!ClusterProbe.IsUp())
        {
            Assert.Inconclusive("no cluster"); // plant: FH1506
        }
    }
}
