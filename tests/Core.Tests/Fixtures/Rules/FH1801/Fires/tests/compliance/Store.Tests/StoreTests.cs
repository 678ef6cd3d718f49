using Xunit;

namespace Store.Tests;

public class StoreTests
{
    [Fact]
    public void Opens() => Assert.Equal("Host=localhost", new StoreComplianceFixture().ConnectionString);
}
