using System;
using System.Threading.Tasks;
using Grains;
using Orleans;
using Xunit;

namespace Cluster.Tests;

public class EchoTests(IGrainFactory grains)
{
    [Fact]
    public async Task Echoes() => Assert.Equal("hi", await grains.GetGrain<IEchoGrain>(Guid.NewGuid()).Echo("hi"));

    [Fact]
    public async Task EchoesLoudly() => Assert.Equal("HI", await grains.GetGrain<ILoudEchoGrain>(Guid.NewGuid()).Echo("hi"));
}
