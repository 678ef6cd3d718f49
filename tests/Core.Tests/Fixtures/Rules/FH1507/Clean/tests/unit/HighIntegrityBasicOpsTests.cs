namespace Shop.Tests.Unit;

// Re-runs every test BasicOpsTests inherits (two levels up), in another mode.
public class HighIntegrityBasicOpsTests : BasicOpsTests
{
    protected override bool HighIntegrity => true;
}
