using System.Diagnostics.CodeAnalysis;
using NUnit.Framework;

namespace Shop.UnitTests;

public class LegacyTests
{
    [Test]
    [SuppressMessage("FloeHarden", "FH1302", Justification = "the legacy loader returns a proxy; equality is tested in LoaderTests")]
    public void Load_ReturnsCustomer()
    {
        Assert.That(Customers.Load(7), Is.Not.Null);
    }

    // floe-audit: ignore FH1302 smoke test kept for the nightly job
    [Test]
    public void Find_ReturnsMatch()
    {
        Assert.That(Customers.Find("ada"), Is.Not.Null);
    }

    [SuppressMessage("Microsoft.Performance", "CA1822")]
    [Test]
    public void Count_IsExact()
    {
        Assert.That(Customers.Count(), Is.EqualTo(3));
    }
}
