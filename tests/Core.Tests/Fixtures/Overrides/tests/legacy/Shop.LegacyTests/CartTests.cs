using NUnit.Framework;

namespace Shop.LegacyTests;

public class CartTests
{
    private const string Catalog = "http://catalog.shop.svc:8181/api/";

    [Test]
    public void Load_ReturnsCart()
    {
        Assert.That(Carts.Load(1), Is.Not.Null);
    }

    [Test]
    public void Items_AreThere()
    {
        Assert.That(Carts.Load(1).Items, Is.Not.Empty);
    }

    [Test]
    public void Total_IsTen()
    {
        Assert.IsTrue(Carts.Load(1).Total == 10m);
    }
}
