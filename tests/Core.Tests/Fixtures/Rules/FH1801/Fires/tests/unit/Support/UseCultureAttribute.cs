using System.Globalization;
using System.Reflection;
using Xunit.Sdk;

namespace Shop.Tests.Unit.Support;

public sealed class UseCultureAttribute(string culture) : BeforeAfterTestAttribute // plant: FH1801
{
    public override void Before(MethodInfo methodUnderTest) => CultureInfo.CurrentCulture = new CultureInfo(culture);
}
