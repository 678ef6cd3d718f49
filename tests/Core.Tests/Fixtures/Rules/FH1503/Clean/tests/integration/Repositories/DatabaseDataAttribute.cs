using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Sdk;

namespace Shop.Tests.Integration.Repositories;

// A data source of the tree: builds the repositories the tests receive from the database the environment names.
public class DatabaseDataAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod)
    {
        var services = new ServiceCollection();
        services.AddShopRepositories(ConnectionString());
        var provider = services.BuildServiceProvider();
        yield return testMethod.GetParameters().Select(p => provider.GetRequiredService(p.ParameterType)).ToArray();
    }

    private static string ConnectionString() => Environment.GetEnvironmentVariable("SHOP_TEST_DB") ?? "";
}
