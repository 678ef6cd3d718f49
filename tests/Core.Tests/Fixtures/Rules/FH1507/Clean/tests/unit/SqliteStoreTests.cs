namespace Shop.Tests.Unit;

// Every test is inherited from MemoryStoreTests' base: the runner runs them here too.
public class SqliteStoreTests : MemoryStoreTests
{
}
