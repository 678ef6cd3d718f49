namespace Shop.Tests.Unit.Support;

public sealed class OrderBuilder
{
    private string _id = "A-1";

    public OrderBuilder WithId(string id)
    {
        _id = id;
        return this;
    }

    public Order Build() => new(_id);
}

public abstract class ShopTestBase
{
    protected Shop Shop { get; } = new();
}

[TestClass]
public static class AssemblySetup
{
    [AssemblyInitialize]
    public static void Start(TestContext context) => Environment.SetEnvironmentVariable("SHOP_MODE", "test");
}
