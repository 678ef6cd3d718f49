using System.Threading.Tasks;
using Xunit;

namespace Shop.Api.IntegrationTests;

public class CustomersClientTests
{
    private readonly ShopClient _client = Helper.GetAuthenticatedClient();

    [Fact]
    public async Task CanGetTheCurrentCustomer()
    {
        var customer = await _client.Customers.GetCurrent();

        Assert.Equal("shop-tests", customer.Login);
    }
}
