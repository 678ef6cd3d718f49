using FluentAssertions;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.UnitTests;

[TestClass]
public class SanityTests
{
    [TestMethod]
    public void Order_CanBeCreated()
    {
        var order = new Order("A-1");
        Assert.IsNotNull(order); // plant: FH1304
        Assert.AreEqual("A-1", order.Id);
    }

    [TestMethod]
    public void Constants_AreSane()
    {
        Assert.IsTrue(true); // plant: FH1304
        Assert.AreEqual(4, 4); // plant: FH1304
        Assert.AreEqual(Order.MaxLines, Order.MaxLines); // plant: FH1304
        Assert.AreEqual(20, Order.MaxLines);
    }
}

public class FluentTautologyTests
{
    [Xunit.Fact]
    public void FreshObject_NotNullTwice()
    {
        var line = new Line("lamp", 1);
        line.Should().NotBeNull().And.NotBeNull(); // plant: FH1304
    }
}

// Still tautologies: equal literals with only a message, an inequality of different literals, a variable equal to
// itself in a test not about equality, 1 == 1 asserted true.
public class LiteralTautologyTests
{
    [Xunit.Fact]
    public void Constants_Hold()
    {
        Xunit.Assert.NotEqual(1, 2); // plant: FH1304
        Xunit.Assert.True(1 == 1); // plant: FH1304
        Xunit.Assert.False(1 == 2); // plant: FH1304
        var total = Order.MaxLines;
        Xunit.Assert.Equal(total, total); // plant: FH1304
        Xunit.Assert.Equal(1, 1.0); // plant: FH1304
    }

    [TestMethod]
    public void Message_IsNotAComparer()
    {
        Assert.AreEqual(4, 4, "four is four"); // plant: FH1304
        Assert.AreSame(Order.Default, Order.Default);
    }
}

// Assert.Pass() on its own, or guarded by an if without an else, still can never fail.
public class PassOnlyTests
{
    [NUnit.Framework.Test]
    public void Render_Passes()
    {
        var rendered = Renderer.Render("a");
        if (rendered.Length > 3)
        {
            NUnit.Framework.Assert.Pass(); // plant: FH1304
        }

        NUnit.Framework.Assert.AreEqual("<a/>", rendered);
    }
}
