using NUnit.Framework;

namespace Shop.UnitTests;

// Assert.Pass() as the success branch of an if/else whose other branch fails is half of a check.
public class PassBranchTests
{
    [Test]
    public void Render_MatchesExpected()
    {
        var rendered = Renderer.Render("a");
        if (rendered == "<a/>")
        {
            Assert.Pass();
        }
        else
        {
            Assert.Fail("unexpected: " + rendered);
        }
    }
}
