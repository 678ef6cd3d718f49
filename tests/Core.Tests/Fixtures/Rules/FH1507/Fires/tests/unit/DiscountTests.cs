using Microsoft.VisualStudio.TestTools.UnitTesting; // plant: FH1507

namespace Shop.Tests.Unit;

public class DiscountTests
{
    private static decimal Apply(decimal price, decimal rate) => price * (1 - rate);
}
