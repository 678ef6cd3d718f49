using NUnit.Framework;
using System;
using FakeItEasy;
using NSubstitute;
using Moq;

namespace Shop.UnitTests;

[TestFixture]
public class InvoiceTests
{
    [Test]
    public void Total_AddsTax()
    {
        var audit = new Mock<IAuditLog>(); // plant: FH1104
        var rates = A.Fake<ITaxRates>();
        A.CallTo(() => rates.For("NL")).Returns(0.21m);
        var invoice = new Invoice(rates, audit.Object, Mock.Of<INumbering>()); // plant: FH1104

        Assert.That(invoice.Total(100m, "NL"), Is.EqualTo(121m));
    }
}

[TestFixture]
public class EventsClientTests
{
    // The exception may come from the mock's default answer (null): the mock is a hidden dependency.
    [Test]
    public void GetAll_FailsWithoutConnection()
    {
        var connection = new Mock<IApiConnection>(); // plant: FH1104
        var client = new EventsClient(connection.Object);

        Assert.Throws<InvalidOperationException>(() => client.GetAll("octokit"));
    }

    // Only one of the assertions is a guard clause: the test also needs the collaborator.
    [Test]
    public void GetAll_RejectsNullAndReturnsEmpty()
    {
        var client = new EventsClient(Substitute.For<IApiConnection>()); // plant: FH1104

        Assert.Throws<ArgumentNullException>(() => client.GetAll(null!));
        Assert.That(client.Count("octokit"), Is.EqualTo(0));
    }
}
