using System.Diagnostics.CodeAnalysis;
using NUnit.Framework;

namespace Shop.UnitTests;

public class LegacyTests
{
    [Test]
    [SuppressMessage("FloeHarden", "FH1302")] // plant: FH1904
    public void Load_ReturnsCustomer()
    {
        Assert.That(Customers.Load(7), Is.Not.Null);
    }

    /* floe-audit: ignore FH1302 */ // plant: FH1904
    [Test]
    public void Find_ReturnsMatch()
    {
        Assert.That(Customers.Find("ada"), Is.Not.Null);
    }

    [SuppressMessage("FloeHarden", "FH1302:Strongest assertion is trivial", Justification = "")] // plant: FH1904
    [Test]
    public void Save_Works()
    {
        Assert.That(Customers.Save("ada"), Is.Not.Null);
    }
}
