namespace FloeHarden.E2E.Tests.Support;

/// <summary>One request as it reached the <see cref="RecordingServer"/>: what a client really sent on the wire.</summary>
public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Query, string? ContentType, string Body, string? Authorization)
{
    public string MediaType => ContentType?.Split(';')[0].Trim() ?? "";
}

/// <summary>What the server answers: a status and a body (JSON unless said otherwise).</summary>
public sealed record CannedResponse(int Status, string Body, string ContentType = "application/json")
{
    public static CannedResponse Json(string body, int status = 200) => new(status, body);

    public static CannedResponse NotFound { get; } = new(404, """{"error":"not found"}""");
}
