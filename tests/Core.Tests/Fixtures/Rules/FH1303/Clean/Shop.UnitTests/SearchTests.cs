using Xunit;

namespace Shop.UnitTests;

public class SearchTests
{
    [Fact]
    public void Search_FindsTheLamps()
    {
        var results = Catalog.Search("lamp");
        Assert.Equal(3, results.Count);
        Assert.Contains(results, r => r.Sku == "LAMP-1");
    }

    [Fact]
    public void Import_ReportsRowCount()
    {
        var outcome = Catalog.Import("items.csv");
        Assert.True(outcome.Success);
        Assert.Equal(12, outcome.Rows);
    }
}
