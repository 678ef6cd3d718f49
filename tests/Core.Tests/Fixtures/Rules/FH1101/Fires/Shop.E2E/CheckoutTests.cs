using Microsoft.VisualStudio.TestTools.UnitTesting;
using Moq;
using NSubstitute;

namespace Shop.E2E;

[TestClass]
public sealed class CheckoutTests
{
    [TestMethod]
    public void Checkout_ChargesTheCard()
    {
        var gateway = new Mock<IPaymentGateway>(); // plant: FH1101
        gateway.Setup(g => g.Charge(42m)).Returns(true);
        var checkout = new Checkout(gateway.Object);

        Assert.AreEqual("paid", checkout.Pay(42m));
    }

    [TestMethod]
    public void Checkout_SendsReceipt()
    {
        var mailer = Substitute.For<IMailer>(); // plant: FH1101
        var clock = new FakeClock(); // plant: FH1101
        var checkout = new Checkout(new RealGateway(), mailer, clock);

        checkout.Pay(10m);

        mailer.Received(1).Send("receipt");
    }
}
