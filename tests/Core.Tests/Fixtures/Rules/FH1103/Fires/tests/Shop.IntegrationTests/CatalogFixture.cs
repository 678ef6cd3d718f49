using NSubstitute;

namespace Shop.IntegrationTests;

public sealed class CatalogFixture
{
    public ICatalogClient Client { get; }

    public CatalogFixture()
    {
        try
        {
            Client = new CatalogClient(Environment.GetEnvironmentVariable("CATALOG_URL")!);
            Client.Ping();
        }
        catch (HttpRequestException) // plant: FH1103
        {
            Client = new FakeCatalogClient();
        }
    }

    public static IStorage Storage() =>
        StorageProbe.IsAvailable() ? new S3Storage() : Substitute.For<IStorage>(); // plant: FH1103

    public static string EffectiveCatalogHost() // plant: FH1103
    {
        if (Environment.GetEnvironmentVariable("CI") is null)
        {
            return "http://localhost:8181";
        }

        return "http://floe-platform-polaris:8181";
    }
}

public static class QueueFactory
{
    public static IQueue Create() => QueueProbe.TryConnect(Environment.GetEnvironmentVariable("QUEUE_URL")) ?? new InMemoryQueue(); // plant: FH1103
}
