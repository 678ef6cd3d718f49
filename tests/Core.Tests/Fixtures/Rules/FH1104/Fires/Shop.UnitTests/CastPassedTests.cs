using System;
using NUnit.Framework;
using NSubstitute;

namespace Shop.UnitTests;

[TestFixture]
public class CastPassedTests
{
    [Test]
    public void Owner_TakesTheStrategy()
    {
        var strategy = Substitute.For<IStrategy, IDisposable>(); // plant: FH1104
        var owner = new Owner((IStrategy)strategy);
        Assert.That(owner.Name, Is.EqualTo("owner"));
    }
}
