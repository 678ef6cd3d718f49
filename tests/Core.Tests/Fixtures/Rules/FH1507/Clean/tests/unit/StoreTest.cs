namespace Shop.Tests.Unit;

// Named like a test file, but it is the base the store tests are built on.
public abstract class StoreTest<TStore> where TStore : new()
{
    protected TStore Store { get; } = new();
}
