namespace Shop.Components.ConformanceTests;

public static class ConformanceSamples
{
    public const decimal Amount = 5m;
}
