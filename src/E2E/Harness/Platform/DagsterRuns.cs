using FloeHarden.E2E.Harness.Clients;
using FloeHarden.E2E.Harness.Polling;

namespace FloeHarden.E2E.Harness.Platform;

/// <summary>Scenario-level Dagster steps: find a code location's asset job, launch it, wait for the end.</summary>
public static class DagsterRuns
{
    public const string AssetJob = "__ASSET_JOB";

    /// <summary>Waits until the code location is LOADED without a load error and returns its repository.</summary>
    public static async Task<DagsterRepository> WaitForLocationAsync(DagsterClient dagster, string location, CancellationToken cancellationToken)
    {
        var loaded = await Poll.UntilAsync(
            $"Dagster code location '{location}' to be LOADED",
            ct => dagster.GetWorkspaceAsync(ct),
            locations => locations.Any(l => l.Name == location && l.LoadStatus == "LOADED" && l.Error is null && l.Repositories.Count > 0),
            PollOptions.Default,
            locations => "locations: " + string.Join(", ", locations.Select(l => $"{l.Name}={l.LoadStatus}{(l.Error is null ? "" : " error: " + l.Error)}")),
            cancellationToken).ConfigureAwait(false);
        return loaded.Single(l => l.Name == location).Repositories[0];
    }

    /// <summary>The asset job of a location: exactly <c>__ASSET_JOB</c> when present, else the lowest <c>__ASSET_JOB*</c> variant.</summary>
    public static string? AssetJobOf(DagsterRepository repository) =>
        repository.Jobs.Contains(AssetJob) ? AssetJob : repository.Jobs.Where(j => j.StartsWith(AssetJob, StringComparison.Ordinal)).Order(StringComparer.Ordinal).FirstOrDefault();

    public static async Task<string> LaunchAssetJobAsync(DagsterClient dagster, string location, CancellationToken cancellationToken)
    {
        var repository = await WaitForLocationAsync(dagster, location, cancellationToken).ConfigureAwait(false);
        var job = AssetJobOf(repository)
            ?? throw new AssertFailedException($"Code location '{location}' has no asset job; jobs: {string.Join(", ", repository.Jobs)}");
        return await dagster.LaunchRunAsync(new DagsterJobSelector(location, repository.Name, job), cancellationToken).ConfigureAwait(false);
    }

    public static Task<DagsterRun> WaitForEndAsync(DagsterClient dagster, string runId, TimeSpan timeout, CancellationToken cancellationToken) =>
        Poll.UntilAsync(
            $"Dagster run {runId} to reach SUCCESS, FAILURE or CANCELED",
            ct => dagster.GetRunAsync(runId, ct),
            run => run.IsTerminal,
            PollOptions.Long.WithTimeout(timeout),
            run => $"status {run.Status}",
            cancellationToken);
}
