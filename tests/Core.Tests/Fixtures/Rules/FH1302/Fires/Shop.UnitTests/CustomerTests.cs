using FluentAssertions;
using NUnit.Framework;
using Shouldly;

namespace Shop.UnitTests;

public class CustomerTests
{
    [Test]
    public void Load_ReturnsCustomer() // plant: FH1302
    {
        var customer = Customers.Load(7);
        Assert.That(customer, Is.Not.Null);
    }

    [Test]
    public void Find_ReturnsMatch() // plant: FH1302
    {
        var found = Customers.Find("ada");
        found.Should().NotBeNull();
        found!.Name.ShouldNotBeNull();
    }
}
