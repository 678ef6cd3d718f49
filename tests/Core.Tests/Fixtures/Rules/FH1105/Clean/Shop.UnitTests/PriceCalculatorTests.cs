using Moq;
using Xunit;

namespace Shop.UnitTests;

public class PriceCalculatorTests
{
    [Fact]
    public void Discount_IsApplied()
    {
        var prices = new Mock<IPriceList>();
        prices.Setup(p => p.BasePrice("sku")).Returns(10m);
        var calculator = new PriceCalculator(prices.Object);

        Assert.Equal(9m, calculator.Price("sku", discount: 0.1m));
    }
}
