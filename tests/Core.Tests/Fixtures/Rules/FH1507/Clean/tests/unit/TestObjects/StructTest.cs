namespace Shop.Tests.Unit.TestObjects;

// A serialization data type whose name ends in "Test": no test file.
public struct StructTest
{
    public string StringProperty { get; set; }
    public int IntField;
}
