using NUnit.Framework;
using FakeItEasy;
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
