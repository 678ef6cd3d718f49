namespace Shop.Tests.Unit.SampleClasses;

public class BooleanTest
{
    public bool Value { get; set; }

    public override string ToString() => Value ? "yes" : "no";
}
