using Acme.Actor;
using Xunit;
namespace Acme.Tests { public class ActorSpec { [Fact] public void Path() => Assert.Equal("/user/a", new ActorPath("a").ToString()); } }
