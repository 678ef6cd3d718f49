using Acme.Actor;          // root package: every package is built on it
using Acme.Cluster;        // the package Sharding extends (its parent namespace and ProjectReference)
using Acme.Cluster.Sharding;
using Xunit;
namespace Acme.Cluster.Sharding.Tests
{
    public class ShardAllocationSpec
    {
        [Fact]
        public void Allocates_to_least_loaded_region()
        {
            var strategy = new LeastShardAllocationStrategy(rebalanceThreshold: 1);
            var region = strategy.Allocate(new Member(new Address("a")), "shard-1");
            Assert.Equal("a", region.Address.Host);
        }
    }
}
