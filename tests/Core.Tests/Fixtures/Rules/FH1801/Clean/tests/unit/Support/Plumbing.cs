using Reqnroll;
using Xunit.Sdk;

namespace System.Runtime.CompilerServices
{
    // The compiler needs it for init accessors on older frameworks; nothing names it.
    internal static class IsExternalInit
    {
    }
}

namespace Shop.Tests.Unit.Support
{
    // Reqnroll finds step definitions by their [Binding] attribute.
    [Binding]
    public sealed class CartSteps
    {
        [Given("an empty cart")]
        public void GivenAnEmptyCart()
        {
        }
    }

    // Extension methods in a class not named …Extensions: used through order.WithRush().
    internal static class OrderTweaks
    {
        public static Order WithRush(this Order order) => order;
    }

    // xUnit finds the discoverer from the type name in the attribute's string.
    public sealed class SkippableFactDiscoverer
    {
        public string Discover() => "skippable";
    }

    [XunitTestCaseDiscoverer("Shop.Tests.Unit.Support.SkippableFactDiscoverer", "Shop.Tests")]
    public sealed class SkippableFactAttribute : Attribute
    {
    }

    // A console smoke test's entry point: run, not referenced.
    public static class SmokeProgram
    {
        public static int Main() => 0;
    }
}
