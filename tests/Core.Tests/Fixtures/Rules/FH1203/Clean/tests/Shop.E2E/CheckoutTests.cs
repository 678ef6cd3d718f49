using System;
using System.Net.Http;
using System.Threading.Tasks;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.E2E;

[TestClass]
public class CheckoutTests
{
    private static readonly Uri Web = new(Environment.GetEnvironmentVariable("SHOP_URL") ?? throw new InvalidOperationException("set SHOP_URL"));

    [TestMethod]
    public async Task Checkout_CreatesOrder()
    {
        using var http = new HttpClient { BaseAddress = Web };
        var page = await http.GetStringAsync("/checkout");

        // Identifiers, documentation domains, times and codes are not service endpoints.
        Assert.AreEqual("http://www.w3.org/2001/XMLSchema", Namespaces.Xsd);
        Assert.AreEqual("https://example.com:8443/docs", Links.Docs);
        Assert.AreEqual("https://api.shop.test:443", Links.Sandbox);
        Assert.AreEqual("12:30", Clock.Now);
        Assert.AreEqual("Error:404", page);
        Assert.AreEqual("status:200", page);
        Assert.AreEqual("https://github.com/floeharden/floeharden", Links.Repository);
        Assert.AreEqual("urn:shop:order:1234", Ids.Order);
    }
}
