using Moq;
using NSubstitute;
using Xunit;

namespace Shop.UnitTests;

public class PriceCalculatorTests
{
    [Fact]
    public void Discount_IsApplied()
    {
        var calculator = new Mock<PriceCalculator> { CallBase = true }; // plant: FH1105
        calculator.Setup(c => c.BasePrice("sku")).Returns(10m);

        Assert.Equal(9m, calculator.Object.Price("sku", discount: 0.1m));
    }

    [Fact]
    public void Rounding_IsBankers()
    {
        var calculator = Substitute.ForPartsOf<PriceCalculator>(); // plant: FH1105
        calculator.BasePrice("sku").Returns(10.005m);

        Assert.Equal(10.00m, calculator.Price("sku", discount: 0m));
    }

    [Fact]
    public void Total_SumsLines()
    {
        var calculator = new Mock<PriceCalculator>(); // plant: FH1105
        calculator.Setup(c => c.Total()).Returns(3m);

        Assert.Equal(3m, calculator.Object.Total());
    }
}
