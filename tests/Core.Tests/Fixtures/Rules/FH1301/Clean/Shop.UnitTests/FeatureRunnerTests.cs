using System;
using Xunit;

namespace Shop.UnitTests;

// A test method handed to a runner as a method group (or through a delegate) runs that method's assertions.
public class FeatureRunnerTests
{
    [Fact]
    public void Sum_WithoutSimd() => FeatureRunner.Run(RunSumTest, 1);

    [Fact]
    public void Sum_WithoutSimd_Delegate()
    {
        Action check = RunSumTest;
        FeatureRunner.Run(check, 2);
    }

    private static void RunSumTest()
    {
        Assert.Equal(6, Math.Abs(-6));
    }
}

public static class FeatureRunner
{
    public static void Run(Action action, int flags)
    {
        Environment.SetEnvironmentVariable("FEATURE", flags.ToString());
        action();
    }
}
