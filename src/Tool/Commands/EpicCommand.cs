using System.Text.Json.Nodes;
using FloeHarden.Core.Adoption;
using FloeHarden.Core.Reporting;
using FloeHarden.Tool.Linear;
using McMaster.Extensions.CommandLineUtils;

namespace FloeHarden.Tool.Commands;

/// <summary><c>floe-audit epic [PATH | --from report.json]</c>: the audit as a tracked backlog (markdown, JSON, Linear).</summary>
internal static class EpicCommand
{
    public const string DefaultOutput = "floe-audit-epic";

    public const string DefaultLinearUrl = "https://api.linear.app/graphql";

    public const string ApiKeyVariable = "LINEAR_API_KEY";

    public static void Configure(CommandLineApplication command)
    {
        command.Description = "Turn an audit into a backlog: one epic with the inventory (remove, fix, reclassify) and one child issue per critical/major finding group (rule × file).";
        command.ExtendedHelpText = $"\nWrites epic.md and epic.json. With --linear, creates or updates the issues in Linear (API key from {ApiKeyVariable}); re-running updates them instead of duplicating. "
            + "If Linear fails mid-way, what was created so far is printed and written to linear.json, and the exit code is 2.";
        var path = command.Argument("PATH", "Directory to audit (default: the current directory); ignored with --from.");
        var from = command.Option("--from <REPORT>", "Plan from an existing report.json instead of auditing.", CommandOptionType.SingleValue);
        var output = command.Option("-o|--output <DIR>", $"Directory for epic.md, epic.json and linear.json (default: ./{DefaultOutput}).", CommandOptionType.SingleValue);
        var key = command.Option("--key <NAME>", "What the backlog is about; it keys idempotency, so keep it stable (default: the audited folder's name).", CommandOptionType.SingleValue);
        var linear = command.Option("--linear", "Create or update the epic and its children in Linear.", CommandOptionType.NoValue);
        var team = command.Option("--team <KEY>", "Linear team key (as in issue identifiers, e.g. ENG); required with --linear.", CommandOptionType.SingleValue);
        var linearUrl = command.Option("--linear-url <URL>", $"Linear GraphQL endpoint (default: {DefaultLinearUrl}).", CommandOptionType.SingleValue);
        var dryRun = command.Option("--dry-run", "With --linear: print the GraphQL requests instead of sending them.", CommandOptionType.NoValue);
        var config = command.Option("-c|--config <FILE>", "Configuration file (default: floe-audit.yaml found upward from PATH).", CommandOptionType.SingleValue);
        var python = command.Option("--python <PATH>", "Python interpreter used to parse Python tests (default: python3 on PATH).", CommandOptionType.SingleValue);
        var cache = CacheOptions.Add(command);
        var quiet = command.Option("-q|--quiet", "Print nothing but errors.", CommandOptionType.NoValue);
        var verbose = command.Option("-v|--verbose", "Print progress and, on an internal error, the stack trace.", CommandOptionType.NoValue);
        command.OnExecute(async () =>
        {
            var console = new ConsoleOutput(quiet.HasValue(), verbose.HasValue());
            string? apiKey = null;
            Uri? endpoint = null;
            var precheck = CommandRunner.Run(console, verbose.HasValue(), () =>
            {
                if (!linear.HasValue())
                {
                    return team.HasValue() || dryRun.HasValue() || linearUrl.HasValue()
                        ? throw new UsageException("--team, --dry-run and --linear-url only apply with --linear")
                        : 0;
                }

                if (team.Value() is not { Length: > 0 })
                {
                    throw new UsageException("--linear needs --team KEY (the team key shown in issue identifiers, e.g. ENG)");
                }

                if (!Uri.TryCreate(linearUrl.Value() ?? DefaultLinearUrl, UriKind.Absolute, out endpoint) || endpoint.Scheme is not ("http" or "https"))
                {
                    throw new UsageException($"--linear-url '{linearUrl.Value()}' is not an http(s) URL");
                }

                apiKey = Environment.GetEnvironmentVariable(ApiKeyVariable);
                return !dryRun.HasValue() && string.IsNullOrWhiteSpace(apiKey)
                    ? throw new UsageException($"--linear needs a Linear API key in {ApiKeyVariable} (Linear → Settings → Security & access → Personal API keys), or use --dry-run")
                    : 0;
            });
            if (precheck != 0)
            {
                return precheck;
            }

            BacklogPlan? plan = null;
            var directory = Path.GetFullPath(output.Value() ?? DefaultOutput);
            var planned = CommandRunner.Run(console, verbose.HasValue(), () =>
            {
                var report = from.Value() is { } reportPath
                    ? ReportDiff.LoadReport(reportPath)
                    : ReportDocument.Build(AuditCommand.Audit(path.Value, config.Value(), python.Value(), console, cache.Directory), ToolInfo.Version);
                plan = EpicPlanner.Plan(report, key.Value());
                AtomicFile.WriteAllText(Path.Combine(directory, "epic.md"), EpicPlanner.ToMarkdown(plan));
                AtomicFile.WriteAllText(Path.Combine(directory, "epic.json"), EpicPlanner.ToJson(plan).ToJsonString(ReportDocument.SerializerOptions) + "\n");
                console.Line($"floe-audit epic: {plan.Epic.Title}; {plan.Children.Length} child issues");
                console.Line($"  md   {Path.Combine(directory, "epic.md")}");
                console.Line($"  json {Path.Combine(directory, "epic.json")}");
                return 0;
            });
            if (planned != 0 || !linear.HasValue())
            {
                return planned;
            }

            return dryRun.HasValue()
                ? await DryRunAsync(plan!, team.Value()!, endpoint!)
                : await SendAsync(plan!, team.Value()!, endpoint!, apiKey!, directory, console, CancellationToken.None);
        });
    }

    private static async Task<int> DryRunAsync(BacklogPlan plan, string team, Uri endpoint)
    {
        var count = 0;
        var report = await LinearSync.RunAsync(plan, team, request =>
        {
            count++;
            Console.Out.WriteLine($"# request {count}: {request.OperationName} (dry run, not sent)");
            Console.Out.WriteLine($"POST {endpoint}");
            Console.Out.WriteLine(request.Body().ToJsonString(ReportDocument.SerializerOptions));
            return Task.FromResult<JsonObject?>(null);
        });
        Console.Out.WriteLine($"# {count} requests; when sent, an issue an earlier run created is updated (issueUpdate) instead of created");
        return report.Error is null ? (int)ExitCodes.Success : (int)ExitCodes.Error;
    }

    private static async Task<int> SendAsync(BacklogPlan plan, string team, Uri endpoint, string apiKey, string directory, ConsoleOutput console, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        var client = new LinearClient(http, endpoint, apiKey);
        var report = await LinearSync.RunAsync(plan, team, async request => await client.SendAsync(request, cancellationToken));

        var record = new JsonObject
        {
            ["endpoint"] = endpoint.ToString(),
            ["team"] = team,
            ["epicKey"] = plan.EpicKey,
            ["complete"] = report.Error is null,
            ["error"] = report.Error,
            ["issues"] = new JsonArray([.. report.Issues.Select(i => (JsonNode)new JsonObject
            {
                ["key"] = i.Key,
                ["action"] = i.Action,
                ["id"] = i.Id,
                ["identifier"] = i.Identifier,
                ["url"] = i.Url,
                ["title"] = i.Title,
            })]),
            ["stale"] = new JsonArray([.. report.Stale.Select(s => (JsonNode)s)]),
        };
        var recordPath = Path.Combine(directory, "linear.json");
        AtomicFile.WriteAllText(recordPath, record.ToJsonString(ReportDocument.SerializerOptions) + "\n");

        if (report.Error is not null)
        {
            console.Error(report.Error);
            Console.Error.WriteLine(report.Issues.IsEmpty
                ? "floe-audit: nothing was created or updated in Linear"
                : $"floe-audit: before the failure, {report.Issues.Length} issues were created or updated in Linear (re-run to finish; they will be updated, not duplicated):");
            foreach (var issue in report.Issues)
            {
                Console.Error.WriteLine($"  {issue.Action,-8} {issue.Identifier ?? issue.Id} {issue.Url} {issue.Title}");
            }

            Console.Error.WriteLine($"floe-audit: record written to {recordPath}");
            return (int)ExitCodes.Error;
        }

        console.Line($"floe-audit epic: Linear team {team}: {report.Issues.Count(i => i.Action == "created")} created, {report.Issues.Count(i => i.Action == "updated")} updated");
        foreach (var issue in report.Issues)
        {
            console.Line($"  {issue.Action,-8} {issue.Identifier ?? issue.Id} {issue.Url} {issue.Title}");
        }

        if (!report.Stale.IsEmpty)
        {
            console.Line($"  no findings any more (left open for you to close): {string.Join(", ", report.Stale)}");
        }

        console.Line($"  json {recordPath}");
        return (int)ExitCodes.Success;
    }
}
