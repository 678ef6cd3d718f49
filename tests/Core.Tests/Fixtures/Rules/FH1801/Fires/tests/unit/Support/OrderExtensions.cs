namespace Shop.Tests.Unit.Support;

public static class OrderExtensions // plant: FH1801
{
    public static Order Renumbered(this Order order, string id) => order with { Id = id };
}
