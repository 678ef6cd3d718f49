using System.Globalization;
using System.Reflection;
using Xunit.Sdk;

namespace Shop.Tests.Unit.Support;

// Applied without its suffix: [UseCulture("de-DE")].
public sealed class UseCultureAttribute(string culture) : BeforeAfterTestAttribute
{
    public override void Before(MethodInfo methodUnderTest) => CultureInfo.CurrentCulture = new CultureInfo(culture);
}

// Found by ASP.NET MVC in the test host by its name and base class; no test names it.
public sealed class OrdersController : ControllerBase
{
    public IActionResult Get(string id) => Ok(new Order(id));
}
