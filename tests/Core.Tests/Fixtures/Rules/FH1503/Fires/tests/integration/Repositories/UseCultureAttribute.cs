using System.Globalization;
using System.Reflection;
using Xunit.Sdk;

namespace Shop.Tests.Integration.Repositories;

// A hook of the tree that stays in process: it only switches the culture around the test.
public class UseCultureAttribute(string culture) : BeforeAfterTestAttribute
{
    public override void Before(MethodInfo methodUnderTest) => CultureInfo.CurrentCulture = new CultureInfo(culture);
}
