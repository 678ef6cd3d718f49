using Xunit;

namespace Shop.QueryTests;

// An assertion passed as a method group: the runner calls it on the rows it computes.
public class ScalarQueryTests(QueryRunner runner)
{
    [Fact]
    public Task Orders_WithoutLines_AreEmpty()
        => runner.Execute(orders => orders.Where(o => o.Lines.Count == 0), Assert.Empty);

    [Fact]
    public Task Totals_MatchExpected()
        => runner.Execute(orders => orders.Select(o => o.Total), elementAsserter: Assert.Equal);
}
