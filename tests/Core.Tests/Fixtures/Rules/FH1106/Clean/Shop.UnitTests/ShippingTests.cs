using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Xunit;

namespace Shop.UnitTests;

public class ShippingTests
{
    [Fact]
    public void Quote_UsesConfiguredRate()
    {
        var shipping = new Shipping(Options.Create(new ShippingOptions { Rate = 5m }), NullLogger<Shipping>.Instance);

        Assert.Equal(10m, shipping.Quote(weightKg: 2));
    }
}
