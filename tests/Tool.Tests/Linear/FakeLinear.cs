using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace FloeHarden.Tool.Tests.Linear;

/// <summary>A recorded GraphQL request: the body as sent and the Authorization header.</summary>
public sealed record RecordedRequest(string OperationName, string Query, JsonObject Variables, string? Authorization);

/// <summary>
/// A real HTTP server on 127.0.0.1 that answers floe-audit's GraphQL requests the way Linear does (teams, issues by
/// description, issueCreate, issueUpdate), keeps the issues it holds between runs, and records every request.
/// It can fail the n-th issueCreate with a GraphQL error on a 200, or with an HTTP status, as Linear does.
/// </summary>
public sealed class FakeLinear : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _loop;
    private readonly object _gate = new();
    private int _creates;

    public FakeLinear()
    {
        var port = FreePort();
        Url = $"http://127.0.0.1:{port}/graphql";
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public string Url { get; }

    public List<RecordedRequest> Requests { get; } = [];

    /// <summary>The issues the "workspace" holds, by id.</summary>
    public Dictionary<string, JsonObject> Issues { get; } = [];

    /// <summary>Fail the n-th issueCreate (1-based) with a GraphQL error on HTTP 200.</summary>
    public int? FailCreateNumber { get; set; }

    /// <summary>Answer every request with this HTTP status and a Linear-style error body.</summary>
    public HttpStatusCode? FailWithStatus { get; set; }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        try
        {
            _loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The loop ends with the listener's disposal.
        }
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = JsonNode.Parse(await reader.ReadToEndAsync())!.AsObject();
            var (status, answer) = Answer(body, context.Request.Headers["Authorization"]);
            var bytes = Encoding.UTF8.GetBytes(answer.ToJsonString());
            context.Response.StatusCode = (int)status;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }

    private (HttpStatusCode, JsonObject) Answer(JsonObject body, string? authorization)
    {
        lock (_gate)
        {
            var name = body["operationName"]?.GetValue<string>() ?? "";
            var variables = body["variables"]?.AsObject() ?? [];
            Requests.Add(new RecordedRequest(name, body["query"]!.GetValue<string>(), (JsonObject)variables.DeepClone(), authorization));
            if (FailWithStatus is { } status)
            {
                return (status, Error("Authentication required, not authenticated", "AUTHENTICATION_ERROR"));
            }

            return name switch
            {
                "FloeAuditTeam" => (HttpStatusCode.OK, Data(new JsonObject
                {
                    ["teams"] = new JsonObject
                    {
                        ["nodes"] = variables["key"]?.GetValue<string>() == "ENG"
                            ? new JsonArray(new JsonObject { ["id"] = "team-eng", ["key"] = "ENG", ["name"] = "Engineering" })
                            : new JsonArray(),
                    },
                })),
                "FloeAuditIssues" => (HttpStatusCode.OK, Data(new JsonObject
                {
                    ["issues"] = new JsonObject
                    {
                        ["nodes"] = new JsonArray([.. Issues.Values
                            .Where(i => i["description"]!.GetValue<string>().Contains(variables["marker"]!.GetValue<string>(), StringComparison.Ordinal))
                            .Select(i => (JsonNode)new JsonObject { ["id"] = i["id"]!.DeepClone(), ["identifier"] = i["identifier"]!.DeepClone(), ["url"] = i["url"]!.DeepClone(), ["description"] = i["description"]!.DeepClone() })]),
                        ["pageInfo"] = new JsonObject { ["hasNextPage"] = false, ["endCursor"] = null },
                    },
                })),
                "FloeAuditIssueCreate" => Create(variables["input"]!.AsObject()),
                "FloeAuditIssueUpdate" => Update(variables["id"]!.GetValue<string>(), variables["input"]!.AsObject()),
                _ => (HttpStatusCode.BadRequest, Error($"Unknown operation {name}", "GRAPHQL_VALIDATION_FAILED")),
            };
        }
    }

    private (HttpStatusCode, JsonObject) Create(JsonObject input)
    {
        _creates++;
        if (_creates == FailCreateNumber)
        {
            return (HttpStatusCode.OK, Error("Argument Validation Error: title is too long", "INVALID_INPUT"));
        }

        var number = Issues.Count + 1;
        var issue = (JsonObject)input.DeepClone();
        issue["id"] = $"issue-{number}";
        issue["identifier"] = $"ENG-{number}";
        issue["url"] = $"https://linear.app/acme/issue/ENG-{number}";
        Issues[$"issue-{number}"] = issue;
        return (HttpStatusCode.OK, Payload("issueCreate", issue));
    }

    private (HttpStatusCode, JsonObject) Update(string id, JsonObject input)
    {
        if (!Issues.TryGetValue(id, out var issue))
        {
            return (HttpStatusCode.OK, Error("Entity not found: Issue", "INVALID_INPUT"));
        }

        foreach (var (key, value) in input)
        {
            issue[key] = value?.DeepClone();
        }

        return (HttpStatusCode.OK, Payload("issueUpdate", issue));
    }

    private static JsonObject Payload(string field, JsonObject issue) => Data(new JsonObject
    {
        [field] = new JsonObject
        {
            ["success"] = true,
            ["issue"] = new JsonObject { ["id"] = issue["id"]!.DeepClone(), ["identifier"] = issue["identifier"]!.DeepClone(), ["url"] = issue["url"]!.DeepClone() },
        },
    });

    private static JsonObject Data(JsonObject data) => new() { ["data"] = data };

    private static JsonObject Error(string message, string code) => new()
    {
        ["errors"] = new JsonArray(new JsonObject { ["message"] = message, ["extensions"] = new JsonObject { ["code"] = code } }),
        ["data"] = null,
    };

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
