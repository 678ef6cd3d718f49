using Acme.Actor;
using Acme.Cluster;
using Xunit;
namespace Acme.Cluster.Tests { public class MemberSpec { [Fact] public void Up() => Assert.Equal(MemberStatus.Up, new Member(new Address("a")).Status); } }
