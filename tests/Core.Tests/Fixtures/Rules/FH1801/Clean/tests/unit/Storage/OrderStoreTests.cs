using Xunit;

namespace Shop.Tests.Unit.Storage;

/// <summary>The contract every store passes; each store's test class derives from it and runs these tests.</summary>
public abstract class OrderStoreTests<TStore>
    where TStore : IOrderStore, new()
{
    [Fact]
    public void Save_ThenFind_ReturnsTheOrder()
    {
        var store = new TStore();
        store.Save(new Order("C-3"));
        Assert.Equal("C-3", store.Find("C-3")?.Id);
    }
}
