namespace Shop.Tests.Unit.Support;

// Used through its method only: new Order("C-3").Renumbered("C-4").
public static class OrderExtensions
{
    public static Order Renumbered(this Order order, string id) => order with { Id = id };
}
