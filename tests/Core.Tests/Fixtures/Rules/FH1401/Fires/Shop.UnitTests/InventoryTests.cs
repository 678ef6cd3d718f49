using Xunit;

namespace Shop.UnitTests;

public class InventoryTests
{
    [Fact]
    public void Save_ReturnsOk() // plant: FH1401
    {
        var store = new InventoryStore();

        var saved = store.save_item("sku-1", 3);

        Assert.True(saved.Ok);
        Assert.Equal(3, saved.Quantity);
    }
}
