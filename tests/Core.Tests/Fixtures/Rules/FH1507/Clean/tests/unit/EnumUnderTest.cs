namespace Shop.Tests.Unit;

// The type the tests exercise, named for that: not a test file.
public enum EnumUnderTest
{
    First,
    Second,
}
