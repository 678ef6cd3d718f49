using System.Linq;
using Di.Tests.Shared;
using Xunit;

namespace Di.Tests;

public class LocationTests
{
    [Fact]
    public void FindsTheAssembly() => Assert.EndsWith(".dll", typeof(Paths).Assembly.Location);

    [Fact]
    public void FindsOneTypeByReflection() => Assert.Equal("Paths", typeof(Paths).Assembly.GetTypes().Single(t => t.Name == "Paths").Name);
}
