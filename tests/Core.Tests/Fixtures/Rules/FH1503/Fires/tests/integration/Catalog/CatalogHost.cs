using Xunit;

namespace Shop.Tests.Integration.Catalog;

// What the fixture builds is in-process only: following it finds nothing external.
public class PriceList
{
    public readonly Dictionary<string, decimal> Prices = new() { ["sku"] = 3m };
}

public class CatalogHost : IAsyncLifetime
{
    public CatalogHost()
    {
        Prices = new();
    }

    public PriceList Prices { get; }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Task.CompletedTask;
}

[CollectionDefinition(nameof(CatalogCollection))]
public class CatalogCollection : ICollectionFixture<CatalogHost>
{
}
