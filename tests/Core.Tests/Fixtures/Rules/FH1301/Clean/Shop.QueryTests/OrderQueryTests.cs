using Xunit;

namespace Shop.QueryTests;

// Shared assertion code that delegates several levels deep, through overloads, as query test suites do.
public abstract class OrderQueryTests(QueryAsserter asserter)
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public Task Orders_ByCustomer(bool async)
        => AssertQuery(async, orders => orders.Where(o => o.Customer == "ALFKI"));

    [Theory]
    [InlineData(3, "3")]
    public void Quantity_Formats(int quantity, string expected)
        => Assert.Equal(expected, OrderFormat.Quantity(quantity));

    // Runs the theory above with one more case.
    [Fact]
    public void Quantity_Formats_Zero() => Quantity_Formats(0, "0");

    protected Task AssertQuery(bool async, Func<IQueryable<Order>, IQueryable<Order>> query)
        => AssertQuery(async, query, query);

    protected Task AssertQuery(bool async, Func<IQueryable<Order>, IQueryable<Order>> actual, Func<IQueryable<Order>, IQueryable<Order>> expected)
        => asserter.AssertQuery(actual, expected, async);
}

public sealed class QueryAsserter(Func<IQueryable<Order>> source)
{
    public async Task AssertQuery(Func<IQueryable<Order>, IQueryable<Order>> actual, Func<IQueryable<Order>, IQueryable<Order>> expected, bool async)
    {
        var rows = async ? await actual(source()).ToListAsync() : actual(source()).ToList();
        AssertResults(expected(source()).ToList(), rows);
    }

    private static void AssertResults(List<Order> expected, List<Order> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        Assert.Equal(expected, actual);
    }
}
