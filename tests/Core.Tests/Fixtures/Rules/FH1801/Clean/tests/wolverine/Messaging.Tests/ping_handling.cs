using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;
using Wolverine;
using Wolverine.Tracking;
using Xunit;

namespace Messaging.Tests;

public class ping_handling
{
    [Fact]
    public async Task ping_is_answered_with_pong()
    {
        using var host = await Host.CreateDefaultBuilder().UseWolverine().StartAsync();

        // Wolverine finds the handlers below by scanning the assembly when the host starts: nothing names them.
        var session = await host.InvokeMessageAndWaitAsync(new Ping("hi"));

        Assert.Equal("hi", session.Executed.SingleMessage<Pong>().Text);
    }
}
