using System;

namespace Shop.Api.IntegrationTests;

public static class Helper
{
    private static readonly Lazy<Credentials> CredentialsThunk = new(() => new Credentials(
        Environment.GetEnvironmentVariable("SHOP_API_USER") ?? throw new InvalidOperationException("SHOP_API_USER is not set"),
        Environment.GetEnvironmentVariable("SHOP_API_TOKEN") ?? throw new InvalidOperationException("SHOP_API_TOKEN is not set")));

    public static ShopClient GetAuthenticatedClient() => new(CredentialsThunk.Value);
}
