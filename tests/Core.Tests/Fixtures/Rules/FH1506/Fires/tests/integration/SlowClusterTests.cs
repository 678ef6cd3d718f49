using NUnit.Framework;

namespace Shop.Tests.Integration;

/// <summary>[Explicit] is an opt-in, not a pass: an explicit test that skips itself, or is also ignored without a reason, still fires.</summary>
public class SlowClusterTests
{
    [Test]
    [Explicit("takes an hour")]
    public void Orders_SurviveANodeLoss()
    {
        if (!ClusterProbe.IsUp())
        {
            Assert.Ignore(); // plant: FH1506
        }

        Assert.That(ClusterProbe.Replicas("orders"), Is.EqualTo(3));
    }

    [Test]
    [Explicit]
    [Ignore("")] // plant: FH1506
    public void Orders_SurviveAZoneLoss()
    {
        Assert.That(ClusterProbe.Replicas("orders"), Is.EqualTo(3));
    }
}
