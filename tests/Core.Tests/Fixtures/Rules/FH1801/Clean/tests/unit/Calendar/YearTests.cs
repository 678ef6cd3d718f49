namespace Shop.Tests.Unit.Calendar;

// Just the container part of a partial test class; its tests are in the other parts.
public partial class YearTests
{
}
