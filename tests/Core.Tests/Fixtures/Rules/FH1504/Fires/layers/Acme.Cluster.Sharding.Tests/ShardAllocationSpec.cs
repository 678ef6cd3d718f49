using Acme.Actor;          // root package: an ancestor, not counted
using Acme.Cluster;        // the package Sharding extends: an ancestor, not counted
using Acme.Cluster.Sharding;
using Acme.Persistence;    // siblings: two other packages
using Acme.Remote;
using Xunit;
namespace Acme.Cluster.Sharding.Tests
{
    public class ShardAllocationSpec
    {
        [Fact]
        public void Allocates_to_least_loaded_region() // plant: FH1504
        {
            var strategy = new LeastShardAllocationStrategy(new Journal(), rebalanceThreshold: 1);
            Assert.Equal("tcp", strategy.Allocate(new Member(new Address("a")), "shard-1").Transport.Scheme);
        }
    }
}
