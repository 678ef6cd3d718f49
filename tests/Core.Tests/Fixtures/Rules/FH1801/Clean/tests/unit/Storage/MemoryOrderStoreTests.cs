namespace Shop.Tests.Unit.Storage;

// xUnit runs the inherited contract tests against this store: nothing names the class, the test runner finds it.
public sealed class MemoryOrderStoreTests : OrderStoreTests<MemoryOrderStore>;
