using System.Net.Http;

namespace Shop.Tests.Unit;

public static class HttpClientExtensionsForTests
{
    public static HttpClient WithBase(this HttpClient client, string uri) => client;
}
