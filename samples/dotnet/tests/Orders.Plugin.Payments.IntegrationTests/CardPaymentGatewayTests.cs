using Microsoft.VisualStudio.TestTools.UnitTesting;
using Moq;

namespace Orders.Plugin.Payments.IntegrationTests;

[TestClass]
public sealed class CardPaymentGatewayTests
{
    [TestMethod]
    public async Task ChargeAsync_AuthorizesTheAmountInCentsAndCapturesIt() // plant: FH1503
    {
        var processor = new Mock<ICardProcessor>(); // plant: FH1102
        processor.Setup(p => p.AuthorizeAsync("ada", 4999)).ReturnsAsync("auth-1");
        processor.Setup(p => p.CaptureAsync("auth-1")).ReturnsAsync(true);

        await new CardPaymentGateway(processor.Object).ChargeAsync("ada", 49.99m);

        processor.Verify(p => p.CaptureAsync("auth-1"), Times.Once);
    }

    [TestMethod]
    public void RefundAsync_ReturnsTheMoneyToTheCard() // plant: FH1703
    {
        // TODO: run against the processor's sandbox once we have an account for CI.
    }
}
