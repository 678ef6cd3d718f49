#if LINQ2SQL
using Xunit;

namespace Legacy.Tests;

// LINQ2SQL is defined only for the net472 build.
public class Linq2SqlTests
{
    [Fact]
    public void QueriesATable()
    {
        Assert.Equal(3, Orders.Count());
    }
}
#endif
