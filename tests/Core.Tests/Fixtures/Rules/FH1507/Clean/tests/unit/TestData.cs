namespace Shop.Tests.Unit;

internal static class TestData
{
    public const string Sku = "sku-1";
}
