using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.UnitTests;

[TestClass]
public class CartTests
{
    [TestMethod]
    public void Add_CountsQuantity()
    {
        var cart = new Cart();
        cart.Add("sku", 2);
        AssertCartHolds(cart, "sku", 2);
    }

    [TestMethod]
    [ExpectedException(typeof(ArgumentOutOfRangeException))]
    public void Add_RejectsNegativeQuantity() => new Cart().Add("sku", -1);

    [TestMethod]
    public void Checkout_PublishesEvent()
    {
        var bus = new Moq.Mock<IBus>();
        new Cart(bus.Object).Checkout();
        bus.Verify(b => b.Publish("checked-out"));
    }

    private static void AssertCartHolds(Cart cart, string sku, int quantity) => CheckLine(cart.Line(sku), quantity);

    private static void CheckLine(CartLine line, int quantity) => Assert.AreEqual(quantity, line.Quantity);
}
