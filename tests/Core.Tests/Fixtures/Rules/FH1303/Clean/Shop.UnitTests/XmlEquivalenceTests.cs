using NUnit.Framework;

namespace Shop.UnitTests;

// A custom assertion that fails unless a comparison named so (Matches, …Equivalent…, …Equal…) holds for the expected
// and the actual value: graded like a predicate of that input, not as a bare fail.
public static class CustomAssert
{
    public static void AreXmlEquivalent(string expected, string actual)
    {
        if (Matches(expected, actual))
        {
            Assert.Pass();
        }
        else
        {
            Assert.Fail("not equivalent: {0} / {1}", expected, actual);
        }
    }

    private static bool Matches(string expected, string actual) => expected.Trim() == actual.Trim();
}

public class XmlEquivalenceTests
{
    [Test]
    public void Writer_WritesElement() => CustomAssert.AreXmlEquivalent("<a/>", XmlWriter.Write("a"));
}
