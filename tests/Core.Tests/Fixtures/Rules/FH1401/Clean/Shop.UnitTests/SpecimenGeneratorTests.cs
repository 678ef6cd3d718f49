using Xunit;

namespace Shop.UnitTests;

/// <summary>A Create… on a generator, builder or fixture the test constructed returns the value under test.</summary>
public class SpecimenGeneratorTests
{
    [Fact]
    public void CreatesNonGenericTasks()
    {
        var sut = new TaskGenerator();
        var result = sut.Create(typeof(Task), new SpecimenContext(new Fixture()));
        Assert.IsAssignableFrom<Task>(result);
    }

    [Fact]
    public void CreatesDistinctNumbers()
    {
        var fixture = new Fixture();
        var numbers = fixture.CreateMany<int>(3).ToList();
        Assert.Equal(3, numbers.Distinct().Count());
    }

    [Fact]
    public void BuilderReturnsTheDecoratedResult()
    {
        var expected = new object();
        var sut = new NSubstituteBuilder(new DelegatingSpecimenBuilder(expected));
        var result = sut.Create(typeof(IComparable), null);
        Assert.Same(expected, result);
    }
}
