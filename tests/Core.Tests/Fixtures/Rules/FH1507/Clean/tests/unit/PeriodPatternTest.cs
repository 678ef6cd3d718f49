namespace Shop.Tests.Unit;

// The container part: its nested test classes are in PeriodPatternTest.Parse.cs.
public static partial class PeriodPatternTest
{
    internal static string Pattern => "PT1H";
}
