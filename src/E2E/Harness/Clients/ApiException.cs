using System.Net;

namespace FloeHarden.E2E.Harness.Clients;

/// <summary>An HTTP API answered with a status the client does not accept; carries the start of the body.</summary>
public sealed class ApiException(HttpMethod method, Uri url, HttpStatusCode status, string body)
    : Exception($"{method} {url} answered {(int)status} {status}: {Excerpt(body)}")
{
    public HttpStatusCode Status { get; } = status;

    public string Body { get; } = body;

    private static string Excerpt(string body) => body.Length <= 500 ? body : body[..500] + "…";
}
