using NUnit.Framework;

namespace Shop.UnitTests;

// NUnit's constraint model asserts a boolean like Assert.IsTrue/IsFalse does: judged by its condition.
public class CalendarConstraintTests
{
    [Test]
    public void LeapYears_ConstraintModel()
    {
        var calendar = new Calendar();
        Assert.That(calendar.IsLeapYear(1900), Is.False);
        Assert.That(calendar.IsLeapYear(2000), Is.True, "2000 is a leap year");
        Assert.That(calendar.IsLeapYear(2023), Is.Not.True);
    }

    [Test]
    public void Lookup_ConstraintModel()
    {
        var prices = Catalog.Prices();
        Assert.That(prices.ContainsKey("x"), Is.False);
    }
}

// A fail guarded by a comparison is that comparison, written out by hand (the analyzer template's DiagnosticVerifier).
public class GuardedFailTests : AdderVerifier
{
    [Test]
    public void Adds_Inline()
    {
        var sum = Adder.Add(2, 3);
        if (sum != 5)
            Assert.Fail($"expected 5, got {sum}");
    }

    [Test]
    public void Adds_ViaVerifier()
    {
        VerifyAdd(2, 3, 5);
    }

    [Test]
    public void Lists_Match()
    {
        var lines = Adder.Lines();
        if (!lines.SequenceEqual(new[] { "a", "b" }))
        {
            throw new AssertionException("lines differ");
        }
    }
}

public abstract class AdderVerifier
{
    protected void VerifyAdd(int a, int b, int expected) => VerifyResults(Adder.Add(a, b), expected);

    private static void VerifyResults(int actual, int expected)
    {
        if (expected != actual)
        {
            var message = $"Mismatch, expected \"{expected}\" actual \"{actual}\"";
            Assert.Fail(message);
        }
    }
}
