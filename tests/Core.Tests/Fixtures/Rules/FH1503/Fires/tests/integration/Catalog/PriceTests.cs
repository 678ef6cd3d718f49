using Xunit;

namespace Shop.Tests.Integration.Catalog;

[Collection(nameof(CatalogCollection))]
public class PriceTests(CatalogHost host)
{
    [Fact]
    public void Price_IsListed() // plant: FH1503
    {
        Assert.Equal(3m, host.Prices.Prices["sku"]);
    }
}
