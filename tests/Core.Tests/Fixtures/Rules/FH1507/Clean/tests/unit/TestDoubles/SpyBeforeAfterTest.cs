using System.Reflection;
using Xunit.Sdk;

public class SpyBeforeAfterTest : BeforeAfterTestAttribute
{
    public bool BeforeCalled;

    public override void Before(MethodInfo methodUnderTest) => BeforeCalled = true;
}
