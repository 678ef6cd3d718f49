using System;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using Xunit;

namespace Handlers.Tests;

public class ClockTests
{
    [Fact]
    public void ResolvesTheRegisteredClock()
    {
        var clock = new Mock<IClock>();
        clock.Setup(c => c.Now).Returns(DateTime.UnixEpoch);
        var provider = new ServiceCollection().AddSingleton(clock.Object).BuildServiceProvider();
        Assert.Equal(DateTime.UnixEpoch, provider.GetRequiredService<IClock>().Now);
    }
}
