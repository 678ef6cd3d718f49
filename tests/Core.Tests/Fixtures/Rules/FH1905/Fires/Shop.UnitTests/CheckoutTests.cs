using System.Diagnostics.CodeAnalysis;
using NUnit.Framework;

namespace Shop.UnitTests;

public class CheckoutTests
{
    [Test]
    public void Total_IsExact()
    {
        // floe-audit: ignore FH1302 was weak once // plant: FH1905
        Assert.That(Checkout.Total(2, 5m), Is.EqualTo(10m));
    }

    [Test]
    [SuppressMessage("FloeHarden", "FH1301", Justification = "asserts in the helper")] // plant: FH1905
    public void Pay_Charges()
    {
        Assert.That(Checkout.Pay(10m), Is.EqualTo("ok"));
    }

    [Test]
    public void Refund_IsExact()
    {
        Assert.That(Checkout.Refund(10m), Is.EqualTo(-10m)); // floe-audit: ignore FH9999 no such rule // plant: FH1905
    }

    [Test]
    public void Cancel_ReturnsTrue()
    {
        Assert.That(Checkout.Cancel("A-1"), Is.True); // floe-audit: ignore weak on purpose // plant: FH1905
    }
}
