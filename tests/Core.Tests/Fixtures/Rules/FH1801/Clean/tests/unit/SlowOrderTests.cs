using Shop.Tests.Unit.Support;
using Xunit;

namespace Shop.Tests.Unit;

public class SlowOrderTests
{
    [SkippableFact]
    public void Order_ShipsWhenTheCarrierIsUp() => Assert.Equal("shipped", new OrderBuilder().Build().Ship());
}
