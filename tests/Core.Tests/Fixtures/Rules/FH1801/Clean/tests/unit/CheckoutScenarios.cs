using Shop.Tests.Unit.Support;
using Xunit;

namespace Shop.Tests.Unit;

// Nothing names the outer class: xUnit runs the test classes nested in it.
public class CheckoutScenarios
{
    public class WithOneOrder
    {
        [Fact, UseCulture("de-DE")]
        public void Renumbering_KeepsTheOrder()
        {
            Assert.Equal("C-4", new Order("C-3").Renumbered("C-4").Id);
        }
    }
}
