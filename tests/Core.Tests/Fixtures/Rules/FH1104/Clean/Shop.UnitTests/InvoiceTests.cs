using NUnit.Framework;
using NSubstitute;
using Moq;

namespace Shop.UnitTests;

[TestFixture]
public class InvoiceTests
{
    private readonly IAuditLog _audit = Substitute.For<IAuditLog>();

    [Test]
    public void Total_AddsTaxAndAudits()
    {
        var rates = new Mock<ITaxRates>();
        rates.Setup(r => r.For("NL")).Returns(0.21m);
        var invoice = new Invoice(rates.Object, _audit, Mock.Of<INumbering>(n => n.Next() == 7));

        Assert.That(invoice.Total(100m, "NL"), Is.EqualTo(121m));
        _audit.Received().Record("invoice 7");
    }
}
