using FluentAssertions;
using NUnit.Framework;

namespace Shop.UnitTests;

public class CustomerTests
{
    [Test]
    public void Load_ReturnsCustomer()
    {
        var customer = Customers.Load(7);
        Assert.That(customer, Is.Not.Null);
        Assert.That(customer.Name, Is.EqualTo("Ada"));
    }

    [Test]
    public void Find_ReturnsMatch()
    {
        var found = Customers.Find("ada");
        found.Should().NotBeNull().And.BeEquivalentTo(new { Name = "Ada", Id = 7 });
    }
}
