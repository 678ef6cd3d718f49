using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FloeHarden.Tool.Linear;

/// <summary>A request that failed: network, HTTP status, a non-JSON answer, or GraphQL <c>errors</c> on a 200.</summary>
internal sealed class LinearException(string message) : Exception(message);

/// <summary>One GraphQL request to send (or, with --dry-run, to print).</summary>
internal sealed record LinearRequest(string OperationName, string Query, JsonObject Variables)
{
    public JsonObject Body() => new()
    {
        ["operationName"] = OperationName,
        ["query"] = Query,
        ["variables"] = Variables.DeepClone(),
    };
}

/// <summary>Linear's GraphQL API over HTTP. Every failure becomes a <see cref="LinearException"/> with one clear line.</summary>
internal sealed class LinearClient(HttpClient http, Uri endpoint, string apiKey)
{
    public Uri Endpoint => endpoint;

    /// <returns>The <c>data</c> object of the answer.</returns>
    public async Task<JsonObject> SendAsync(LinearRequest request, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = new StringContent(request.Body().ToJsonString(), Encoding.UTF8, "application/json"),
        };

        // Linear personal API keys go in the Authorization header as they are (OAuth tokens would carry "Bearer ").
        message.Headers.TryAddWithoutValidation("Authorization", apiKey);
        message.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

        HttpResponseMessage response;
        string body;
        try
        {
            response = await http.SendAsync(message, cancellationToken);
            body = await response.Content.ReadAsStringAsync(cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new LinearException($"cannot reach Linear at {endpoint} ({request.OperationName}): {e.Message}");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new LinearException($"Linear at {endpoint} did not answer {request.OperationName} within {http.Timeout.TotalSeconds:0} s");
        }

        using (response)
        {
            JsonObject? answer = null;
            try
            {
                answer = JsonNode.Parse(body) as JsonObject;
            }
            catch (JsonException)
            {
                // Reported below with the status: proxies and gateways answer errors in HTML.
            }

            var error = FirstError(answer);
            if (!response.IsSuccessStatusCode)
            {
                throw new LinearException($"Linear API answered {request.OperationName} with HTTP {(int)response.StatusCode} {response.ReasonPhrase}{(error is null ? "" : $": {error}")}"
                    + ((int)response.StatusCode is 401 or 403 ? " (check LINEAR_API_KEY)" : ""));
            }

            if (answer is null)
            {
                throw new LinearException($"Linear API answered {request.OperationName} with something that is not JSON (HTTP {(int)response.StatusCode}); check --linear-url");
            }

            if (error is not null)
            {
                throw new LinearException($"Linear API error in {request.OperationName}: {error}");
            }

            return answer["data"] as JsonObject ?? throw new LinearException($"Linear API answered {request.OperationName} without data");
        }
    }

    private static string? FirstError(JsonObject? answer)
    {
        if (answer?["errors"] is not JsonArray { Count: > 0 } errors)
        {
            return null;
        }

        var first = errors[0];
        var text = first?["message"] is JsonValue v && v.TryGetValue<string>(out var m) ? m : first?.ToJsonString() ?? "unknown error";
        var more = errors.Count > 1 ? $" (and {errors.Count - 1} more errors)" : "";
        return text.ReplaceLineEndings(" ") + more;
    }
}
