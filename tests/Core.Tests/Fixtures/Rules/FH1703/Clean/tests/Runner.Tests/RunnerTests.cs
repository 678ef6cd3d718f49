using System;
using Xunit;

namespace Runner.Tests;

public class RunnerTests
{
    // Test data for the runner under test: xUnit never runs the tests of a non-public class.
    class ClassUnderTest
    {
        [Fact]
        public void Passing() { }

        [Fact]
        public void NotYet() => throw new NotImplementedException();
    }

    [Fact]
    public void RunsEveryTestOfTheClass()
    {
        var results = TestRunner.Run(typeof(ClassUnderTest));
        Assert.Equal(2, results.Passed);
    }
}

internal class InternalSamples
{
    [Theory]
    [InlineData(1)]
    public void Placeholder(int value) => throw new NotImplementedException();
}
