namespace Shop.Testing;

public sealed class Harness
{
    public string Name => "shop";
}
