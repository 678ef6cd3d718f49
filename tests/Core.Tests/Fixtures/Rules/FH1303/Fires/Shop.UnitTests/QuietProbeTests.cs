using System;
using System.Threading.Tasks;
using Xunit;

namespace Shop.UnitTests;

public class QuietProbeTests : Akka.TestKit.Xunit2.TestKit
{
    // the only check is that nothing arrives: weak
    [Fact]
    public async Task Nothing_is_sent() // plant: FH1303
    {
        var probe = CreateTestProbe();
        Sys.EventStream.Publish("x");
        await probe.ExpectNoMsgAsync(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Stream_completes() // plant: FH1303
    {
        var downstream = this.CreateSubscriberProbe<int>();
        await downstream.ExpectCompleteAsync();
    }
}
