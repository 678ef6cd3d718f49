using Xunit;

namespace Shop.UnitTests;

public class InventoryTests
{
    [Fact]
    public void Save_IsFoundAfterwards()
    {
        var store = new InventoryStore();

        var saved = store.save_item("sku-1", 3);

        Assert.True(saved.Ok);
        Assert.Equal(3, store.find_item("sku-1").Quantity);
    }

    [Fact]
    public void Settle_IsNotAVerb()
    {
        var ledger = new Ledger();
        var settled = ledger.Settle("inv-1");
        var updated = ledger.Updated;
        Assert.True(settled);
        Assert.False(updated);
    }
}
