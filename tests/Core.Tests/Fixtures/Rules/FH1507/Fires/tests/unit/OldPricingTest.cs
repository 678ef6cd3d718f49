using Microsoft.VisualStudio.TestTools.UnitTesting; // plant: FH1507

namespace Shop.Tests.Unit;

// Its tests were deleted; a helper of theirs is left.
public class OldPricingTest
{
    private static decimal Round(decimal price) => decimal.Round(price, 2);
}
