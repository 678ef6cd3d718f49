using System;
using System.IO;
using System.Threading.Tasks;
using NUnit.Framework;

namespace Shop.UnitTests;

/// <summary>A policy or pipeline running the test's own delegate: its result or captured outcome is all it produces.</summary>
public class PolicyDelegateTests
{
    [Test]
    public void Fallback_ReturnsFallbackValue()
    {
        var policy = Policy.Handle<IOException>().Fallback(42);
        var result = policy.Execute(() => throw new IOException());
        Assert.AreEqual(42, result);
    }

    [Test]
    public void Capture_KeepsTheException()
    {
        var boom = new Exception();
        var result = Policy.Handle<IOException>().Retry(3).ExecuteAndCapture<int>(() => throw boom);
        Assert.AreEqual(OutcomeType.Failure, result.Outcome);
    }

    [Test]
    public async Task Pipeline_ReturnsTheDelegatesResult()
    {
        var pipeline = new PipelineBuilder().AddTimeout(TimeSpan.FromSeconds(1)).Build();
        var result = await pipeline.ExecuteAsync(static _ => new ValueTask<string>("ok"));
        Assert.AreEqual("ok", result);
    }

    [Test]
    public void Retry_RunsTheTestsMethod()
    {
        var policy = Policy.Handle<IOException>().Retry(2);
        var result = policy.Execute(Compute);
        Assert.AreEqual(7, result);
    }

    private static int Compute() => 7;
}
