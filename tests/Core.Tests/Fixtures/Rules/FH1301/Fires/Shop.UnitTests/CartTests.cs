using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.UnitTests;

[TestClass]
public class CartTests
{
    [TestMethod]
    public void Add_DoesNotThrow() // plant: FH1301
    {
        var cart = new Cart();
        cart.Add("sku", 2);
    }

    [DataTestMethod]
    [DataRow(1)]
    [DataRow(2)]
    public void Remove_Works(int quantity) // plant: FH1301
    {
        var cart = new Cart();
        cart.Add("sku", quantity);
        cart.Remove("sku");
        Console.WriteLine(cart);
    }

    [TestMethod]
    public void Checkout_LogsAssertName() // plant: FH1301
    {
        var cart = new Cart();
        Console.WriteLine(nameof(Assert.AreEqual), cart.Checkout());
    }
}

// nameof of a method names it; nothing runs it.
public class NamedOnlyTests
{
    [Xunit.Fact]
    public void Logs_TheCheckName() // plant: FH1301
    {
        System.Console.WriteLine(nameof(CheckSum));
    }

    private static void CheckSum()
    {
        Xunit.Assert.Equal(6, Math.Abs(-6));
    }
}

// A method named …Should… whose answer is read is a query, not an expectation.
public class RetryPolicyTests
{
    [Xunit.Fact]
    public void Policy_Decides() // plant: FH1301
    {
        var policy = new RetryPolicy();
        var retry = policy.RequestShouldBeRetried(3);
        System.Console.WriteLine(retry);
    }
}
