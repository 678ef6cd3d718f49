using System.Collections.Immutable;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FloeHarden.Core.Adoption;

namespace FloeHarden.Tool.Linear;

/// <summary>What happened to one backlog issue in Linear.</summary>
internal sealed record SyncedIssue(string Key, string Action, string Id, string? Identifier, string? Url, string Title);

/// <summary>The outcome of a sync, complete or not: what was created and updated before any failure.</summary>
internal sealed record SyncReport(ImmutableArray<SyncedIssue> Issues, ImmutableArray<string> Stale, string? Error);

/// <summary>
/// Creates or updates the backlog in Linear, idempotently (docs/adoption.md#linear). Every issue's description ends with
/// the epic's marker and its own key; one search by the epic marker finds everything an earlier run created, so a re-run
/// updates those issues and creates only what is missing. Children get <c>parentId</c> = the epic.
/// </summary>
internal static partial class LinearSync
{
    public const string TeamQuery = """
        query FloeAuditTeam($key: String!) {
          teams(filter: { key: { eq: $key } }, first: 1) { nodes { id key name } }
        }
        """;

    public const string IssuesQuery = """
        query FloeAuditIssues($teamId: ID!, $marker: String!, $after: String) {
          issues(filter: { team: { id: { eq: $teamId } }, description: { contains: $marker } }, first: 100, after: $after) {
            nodes { id identifier url description }
            pageInfo { hasNextPage endCursor }
          }
        }
        """;

    public const string CreateMutation = """
        mutation FloeAuditIssueCreate($input: IssueCreateInput!) {
          issueCreate(input: $input) { success issue { id identifier url } }
        }
        """;

    public const string UpdateMutation = """
        mutation FloeAuditIssueUpdate($id: String!, $input: IssueUpdateInput!) {
          issueUpdate(id: $id, input: $input) { success issue { id identifier url } }
        }
        """;

    private const int MaxPages = 50;

    [GeneratedRegex(@"floe-audit-key:\s*(?<key>[0-9a-f]{16})")]
    private static partial Regex KeyLine();

    /// <param name="send">Sends a request and returns its data; null means dry run (print, do not send).</param>
    public static async Task<SyncReport> RunAsync(BacklogPlan plan, string teamKey, Func<LinearRequest, Task<JsonObject?>> send)
    {
        var synced = ImmutableArray.CreateBuilder<SyncedIssue>();
        try
        {
            var teamData = await send(new LinearRequest("FloeAuditTeam", TeamQuery, new JsonObject { ["key"] = teamKey }));
            var teamId = teamData is null
                ? $"<id of team {teamKey}>"
                : teamData["teams"]?["nodes"]?.AsArray().FirstOrDefault()?["id"]?.GetValue<string>()
                  ?? throw new LinearException($"Linear has no team with key '{teamKey}' visible to this API key (--team takes the key shown in issue identifiers, e.g. ENG)");

            var existing = await ExistingAsync(plan.EpicKey, teamId, send);
            var epic = await UpsertAsync(plan.Epic, teamId, parentId: null, existing, send);
            synced.Add(epic);
            foreach (var child in plan.Children)
            {
                synced.Add(await UpsertAsync(child, teamId, epic.Id, existing, send));
            }

            var planned = plan.Children.Select(c => c.Key).Append(plan.EpicKey).ToHashSet(StringComparer.Ordinal);
            var stale = existing.Where(kv => !planned.Contains(kv.Key)).Select(kv => kv.Value.Identifier ?? kv.Value.Id).Order(StringComparer.Ordinal).ToImmutableArray();
            return new SyncReport(synced.ToImmutable(), stale, null);
        }
        catch (LinearException e)
        {
            return new SyncReport(synced.ToImmutable(), [], e.Message);
        }
        catch (InvalidOperationException e)
        {
            // A field of the wrong JSON type in an answer (GetValue): a proxy or an API change, not a bug in the plan.
            return new SyncReport(synced.ToImmutable(), [], $"Linear API answered in an unexpected shape: {e.Message}");
        }
    }

    private static async Task<Dictionary<string, SyncedIssue>> ExistingAsync(string epicKey, string teamId, Func<LinearRequest, Task<JsonObject?>> send)
    {
        var found = new Dictionary<string, SyncedIssue>(StringComparer.Ordinal);
        string? after = null;
        for (var page = 0; page < MaxPages; page++)
        {
            var data = await send(new LinearRequest("FloeAuditIssues", IssuesQuery, new JsonObject
            {
                ["teamId"] = teamId,
                ["marker"] = $"{EpicPlanner.EpicMarker} {epicKey}",
                ["after"] = after,
            }));
            if (data?["issues"] is not JsonObject issues)
            {
                return found; // Dry run: nothing is known, every issue is shown as created.
            }

            foreach (var node in issues["nodes"]?.AsArray().OfType<JsonObject>() ?? [])
            {
                var match = KeyLine().Match(Str(node, "description") ?? "");
                if (match.Success && Str(node, "id") is { } id)
                {
                    // The first match wins: Linear lists newest first, and a duplicate made by hand should not hijack the issue.
                    found.TryAdd(match.Groups["key"].Value, new SyncedIssue(match.Groups["key"].Value, "existing", id, Str(node, "identifier"), Str(node, "url"), ""));
                }
            }

            if (issues["pageInfo"]?["hasNextPage"]?.GetValue<bool>() != true)
            {
                break;
            }

            after = issues["pageInfo"]?["endCursor"]?.GetValue<string>();
        }

        return found;
    }

    private static async Task<SyncedIssue> UpsertAsync(BacklogIssue issue, string teamId, string? parentId, Dictionary<string, SyncedIssue> existing, Func<LinearRequest, Task<JsonObject?>> send)
    {
        var input = new JsonObject { ["title"] = issue.Title, ["description"] = issue.Description };
        if (parentId is not null)
        {
            input["parentId"] = parentId;
        }

        if (existing.TryGetValue(issue.Key, out var known))
        {
            // Priority, state and assignee belong to the team once the issue exists: an update rewrites only what the audit owns.
            var data = await send(new LinearRequest("FloeAuditIssueUpdate", UpdateMutation, new JsonObject { ["id"] = known.Id, ["input"] = input }));
            return Result(issue, "updated", data?["issueUpdate"], known.Id);
        }

        input["teamId"] = teamId;
        input["priority"] = issue.Priority;
        var created = await send(new LinearRequest("FloeAuditIssueCreate", CreateMutation, new JsonObject { ["input"] = input }));
        return Result(issue, "created", created?["issueCreate"], parentId is null ? "<id of the epic>" : $"<id of {issue.Key}>");
    }

    private static SyncedIssue Result(BacklogIssue issue, string action, JsonNode? payload, string placeholderId)
    {
        if (payload is null)
        {
            return new SyncedIssue(issue.Key, action, placeholderId, null, null, issue.Title); // dry run
        }

        if (payload["success"]?.GetValue<bool>() != true || payload["issue"] is not JsonObject node || Str(node, "id") is not { } id)
        {
            throw new LinearException($"Linear did not {(action == "created" ? "create" : "update")} '{issue.Title}' (success: false)");
        }

        return new SyncedIssue(issue.Key, action, id, Str(node, "identifier"), Str(node, "url"), issue.Title);
    }

    private static string? Str(JsonNode? node, string key) => node?[key] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
