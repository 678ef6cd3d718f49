using System;
using NUnit.Framework;
using NSubstitute;

namespace Shop.UnitTests;

/// <summary>A substitute verified through one of its other interfaces: a cast or an <c>as</c> is the same mock.</summary>
[TestFixture]
public class DisposalTests
{
    [Test]
    public void Owner_DisposesTheStrategy_Cast()
    {
        var strategy = Substitute.For<IStrategy, IDisposable>();
        new Owner(strategy).Dispose();
        ((IDisposable)strategy).Received(1).Dispose();
    }

    [Test]
    public void Owner_DisposesTheStrategy_As()
    {
        var strategy = Substitute.For<IStrategy, IDisposable>();
        new Owner(strategy).Dispose();
        (strategy as IDisposable)!.Received(1).Dispose();
    }
}
