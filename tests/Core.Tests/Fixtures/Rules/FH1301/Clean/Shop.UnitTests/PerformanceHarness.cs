using BenchmarkDotNet.Running;
using Xunit;

namespace Shop.UnitTests;

// A benchmark run from a test: it measures, it does not assert.
public class PerformanceHarness
{
    [Fact]
    public void CartBenchmarks() => BenchmarkRunner.Run<CartBenchmarkSuite>();
}
