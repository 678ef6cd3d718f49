namespace Shop.IntegrationTests;

public sealed class CatalogFixture
{
    public ICatalogClient Client { get; }

    public CatalogFixture()
    {
        var url = Environment.GetEnvironmentVariable("CATALOG_URL")
                  ?? throw new InvalidOperationException("CATALOG_URL is not set: start the catalog and export its URL");
        Client = new CatalogClient(url);
        try
        {
            Client.Ping();
        }
        catch (HttpRequestException e)
        {
            throw new InvalidOperationException($"catalog at {url} is unreachable", e);
        }
    }
}

public static class PipelineFactory
{
    // A defaulted optional collaborator is not a fallback from an unreachable service.
    public static Pipeline Create(TimeProvider? timeProvider = null) => new(timeProvider ?? Substitute.For<TimeProvider>());
}
