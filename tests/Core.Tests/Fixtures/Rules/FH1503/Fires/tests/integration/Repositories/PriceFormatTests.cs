using Xunit;

namespace Shop.Tests.Integration.Repositories;

public class PriceFormatTests
{
    [Fact, UseCulture("fr-FR")]
    public void Format_UsesTheCulture() // plant: FH1503
    {
        Assert.Equal("6,00 €", new Price(6m).ToString());
    }
}
