namespace Shop.Tests.Unit.Legacy;

// The same name as Support/OrderBuilder, declared again and used by nobody: neither declaration uses the other.
public sealed class OrderBuilder // plant: FH1801
{
    public Order Build() => new("L-1");
}
