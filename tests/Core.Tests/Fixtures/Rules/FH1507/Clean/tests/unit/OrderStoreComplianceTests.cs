namespace Shop.Tests.Unit;

// Runs the compliance suite a package ships (an abstract test class outside this tree).
public class OrderStoreComplianceTests : OrderStoreCompliance<MemoryStoreFixture>;

public sealed class MemoryStoreFixture
{
}
