using Microsoft.Extensions.Configuration;
using Xunit;

namespace Shop.Tests.Integration.Repositories;

public class OrderRepositoryTests
{
    [Theory, DatabaseData]
    public async Task CreateAsync_RoundTrip(IOrderRepository repository)
    {
        var created = await repository.CreateAsync(new Order("A-1"));
        var read = await repository.GetByIdAsync(created.Id);
        Assert.Equal("A-1", read.Id);
    }

    [Fact]
    public async Task Settings_ComeFromTheEnvironment()
    {
        var configuration = new ConfigurationBuilder().AddEnvironmentVariables("SHOP_TEST_").Build();
        var repository = OrderRepository.Create(configuration["Database"]);
        Assert.Empty(await repository.GetManyAsync());
    }
}
