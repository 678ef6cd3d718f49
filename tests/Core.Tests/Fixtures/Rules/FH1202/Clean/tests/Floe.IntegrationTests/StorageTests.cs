using System;
using Xunit;

namespace Floe.IntegrationTests;

public class StorageTests
{
    [Fact]
    public void Upload_UsesConfiguredBucket()
    {
        // Values come from the environment the chart's deployment exports, not from copies of it.
        var bucket = Environment.GetEnvironmentVariable("FLOE_BUCKET");
        var client = new StorageClient(Environment.GetEnvironmentVariable("MINIO_ENDPOINT"));

        // Non-distinctive words and numbers repeat everywhere and are not duplication.
        Assert.Equal("true", client.Setting("enabled"));
        Assert.Equal("dev", client.Setting("mode"));
        Assert.Equal("info", client.Setting("logLevel"));
        Assert.Equal("512Mi", client.Setting("memory"));
        Assert.Equal("IfNotPresent", client.Setting("pullPolicy"));
        Assert.NotNull(bucket);
    }
}
