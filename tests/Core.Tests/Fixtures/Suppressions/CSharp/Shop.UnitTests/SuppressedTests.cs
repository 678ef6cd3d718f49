using System.Diagnostics.CodeAnalysis;
using Moq;
using NUnit.Framework;

namespace Shop.UnitTests;

// Every form of suppression, each on a test whose strongest assertion is trivial (FH1302) unless said otherwise.
// SuppressionTests lists which test each one covers and with which reason.
public class SuppressedTests
{
    [Test]
    public void TrailingOnTheName() // floe-audit: ignore FH1302 trailing on the declaration line
    {
        Assert.That(Customers.Load(1), Is.Not.Null);
    }

    // floe-audit: ignore FH1302 on the line above the attributes
    [Test]
    public void AboveTheAttributes()
    {
        Assert.That(Customers.Load(2), Is.Not.Null);
    }

    [Test]
    // floe-audit: ignore FH1302 between attributes and signature
    public void BetweenAttributesAndSignature()
    {
        Assert.That(Customers.Load(3), Is.Not.Null);
    }

    [Test]
    [SuppressMessage("FloeHarden", "FH1302", Justification = "attribute with a plain id")]
    public void AttributePlainId()
    {
        Assert.That(Customers.Load(4), Is.Not.Null);
    }

    [Test]
    [System.Diagnostics.CodeAnalysis.SuppressMessage("FloeHarden", "FH1302:Strongest assertion is trivial", Justification = "attribute with id and title")]
    public void AttributeIdAndTitle()
    {
        Assert.That(Customers.Load(5), Is.Not.Null);
    }

    [Test]
    public void NotSuppressed()
    {
        // floe-audit: ignore FH1302 inside the body covers only the next line, not the test's name
        Assert.That(Customers.Load(6), Is.Not.Null);
    }

    [Test]
    public void MockOnItsLine()
    {
        var clock = new Mock<IClock>(); // floe-audit: ignore FH1104 the constructor needs any clock here
        Assert.That(Customers.Load(7, clock.Object), Is.EqualTo(new Customer(7)));
    }

    [Test]
    public void MockOnTheLineAbove()
    {
        // floe-audit: ignore FH1104 the constructor needs any clock here
        // (a second comment line between the suppression and the code is fine)
        var clock = new Mock<IClock>();
        Assert.That(Customers.Load(8, clock.Object), Is.EqualTo(new Customer(8)));
    }
}

[SuppressMessage("FloeHarden", "FH1302", Justification = "whole class: legacy smoke tests")]
public class WholeClassSuppressed
{
    [Test]
    public void First()
    {
        Assert.That(Customers.Load(9), Is.Not.Null);
    }

    [Test]
    public void Second()
    {
        Assert.That(Customers.Load(10), Is.Not.Null);
    }
}
