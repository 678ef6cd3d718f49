namespace Shop.Tests.Unit.Support;

public sealed class OrderBuilder // plant: FH1801
{
    private string _id = "A-1";

    public OrderBuilder WithId(string id)
    {
        _id = id;
        return this;
    }

    public Order Build() => new(_id);
}

public abstract class ShopTestBase // plant: FH1801
{
    protected Shop Shop { get; } = new();
}
