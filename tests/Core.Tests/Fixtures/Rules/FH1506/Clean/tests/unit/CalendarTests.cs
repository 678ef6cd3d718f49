using NUnit.Framework;

namespace Shop.Tests.Unit;

/// <summary>Explicit tests run only when selected by name or filter: an opt-in, not a skip, with or without a reason.</summary>
public class CalendarTests
{
    [Test]
    [Explicit]
    [Category("Slow")]
    public void Calendar_MatchesBclThroughHistory()
    {
        Assert.That(new Calendar().Years(), Is.EqualTo(9999));
    }

    [Test, Explicit]
    public void GenerateData()
    {
        Assert.That(new Calendar().Dump(), Is.Not.Empty);
    }

    [Test]
    [Explicit("takes ten minutes")]
    public void Calendar_RoundTripsEveryDay()
    {
        Assert.That(new Calendar().RoundTrips(), Is.True);
    }
}

[Explicit]
public class LeapSecondTests
{
    [Test]
    public void LeapSeconds_AreListed()
    {
        Assert.That(new Calendar().LeapSeconds(), Has.Count.EqualTo(27));
    }
}

public class XunitCalendarTests
{
    [Fact(Explicit = true)]
    public void Calendar_MatchesIcu()
    {
        Assert.Equal(9999, new Calendar().Years());
    }
}
