using Acme.Remote;
using Xunit;
namespace Acme.Remote.Tests { public class TransportSpec { [Fact] public void Scheme() => Assert.Equal("tcp", new Transport().Scheme); } }
