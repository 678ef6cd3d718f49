using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Moq;
using Xunit;

namespace Shop.UnitTests;

public class ShippingTests
{
    [Fact]
    public void Quote_UsesConfiguredRate()
    {
        var logger = new Mock<ILogger<Shipping>>(); // plant: FH1106
        var options = new Mock<IOptions<ShippingOptions>>(); // plant: FH1106
        options.Setup(o => o.Value).Returns(new ShippingOptions { Rate = 5m });
        var shipping = new Shipping(options.Object, logger.Object);

        Assert.Equal(10m, shipping.Quote(weightKg: 2));
        logger.Verify(l => l.Log(LogLevel.Information, It.IsAny<EventId>(), It.IsAny<object>(), null, It.IsAny<Func<object, Exception?, string>>()));
    }
}
