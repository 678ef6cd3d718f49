using NUnit.Framework;

namespace Shop.UnitTests;

// Ignored with a reason: NUnit never runs it, so its weak assertion checks nothing either.
[TestFixture]
public class SkippedWeakTests
{
    [Test]
    [Ignore("flaky on the build agents, see #412")]
    public void Totals_are_positive()
    {
        Assert.That(new Cart().Total > 0, Is.True);
    }
}
