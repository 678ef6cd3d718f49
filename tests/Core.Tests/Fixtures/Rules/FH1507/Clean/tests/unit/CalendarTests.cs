namespace Shop.Tests.Unit;

// The container part of a partial test class: its tests are in CalendarTests.Leap.cs.
public partial class CalendarTests
{
}
