using BenchmarkDotNet.Attributes;

namespace Shop.Tests.Unit.Support;

// BenchmarkDotNet finds and runs this class itself, like a test framework runs a test class.
public class CartBenchmarks
{
    private readonly Cart _cart = new();

    [Benchmark]
    public int AddItem() => _cart.Add("sku", 1);
}
