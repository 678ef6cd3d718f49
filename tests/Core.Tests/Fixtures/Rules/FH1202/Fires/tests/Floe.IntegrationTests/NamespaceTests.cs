using Xunit;

namespace Floe.IntegrationTests;

public class NamespaceTests
{
    [Fact]
    public void Pods_RunInPlatformNamespace()
    {
        var pods = Cluster.Pods("floe-platform"); // plant: FH1202
        Assert.Equal("floe-warehouse", pods.Bucket); // plant: FH1202
        Assert.Equal("eu-west-1", pods.Region); // plant: FH1202
    }
}
