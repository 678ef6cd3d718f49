using System;
using System.Linq;
using System.Threading.Tasks;
using Akka.Actor;
using Akka.Streams.Dsl;
using Akka.Streams.TestKit;
using Xunit;

namespace Shop.UnitTests;

// Akka.TestKit / Akka.Streams.TestKit expectations fail the test when the expected message or signal does not come.
public class EchoProbeTests : Akka.TestKit.Xunit2.TestKit
{
    [Fact]
    public void Echo_replies_to_sender()
    {
        var probe = CreateTestProbe();
        var echo = Sys.ActorOf(Props.Create<EchoActor>());
        echo.Tell("hello", probe.Ref);
        probe.ExpectMsg("hello");
    }

    [Fact]
    public async Task Echo_stops_on_poison_pill()
    {
        var probe = CreateTestProbe();
        var echo = Sys.ActorOf(Props.Create<EchoActor>());
        probe.Watch(echo);
        echo.Tell(PoisonPill.Instance);
        await probe.ExpectTerminatedAsync(echo);
    }

    [Fact]
    public async Task Stream_emits_all_elements()
    {
        var downstream = this.CreateSubscriberProbe<int>();
        Source.From(Enumerable.Range(1, 3)).RunWith(Sink.FromSubscriber(downstream), Sys.Materializer());
        await downstream.RequestAsync(3);
        downstream.ExpectNextN(new[] { 1, 2, 3 });
        await downstream.ExpectCompleteAsync();
    }

    [Fact]
    public void Counter_reaches_three()
    {
        var counter = new Counter();
        counter.Start();
        AwaitCondition(() => counter.Value == 3);
    }
}
