namespace FloeHarden.E2E.Harness.Clients;

/// <summary>Every GraphQL document the Dagster client sends. Contract tests validate each one
/// against Dagster's schema.graphql, so a field that moves upstream fails a test here.</summary>
public static class DagsterDocuments
{
    public const string Workspace = """
        query FloeWorkspace {
          workspaceOrError {
            __typename
            ... on Workspace {
              locationEntries {
                name
                loadStatus
                locationOrLoadError {
                  __typename
                  ... on RepositoryLocation {
                    name
                    repositories { name jobs { name } }
                  }
                  ... on PythonError { message }
                }
              }
            }
            ... on PythonError { message }
          }
        }
        """;

    public const string AssetNodes = """
        query FloeAssetNodes {
          assetNodes {
            assetKey { path }
            jobNames
            repository { name location { name } }
          }
        }
        """;

    public const string LaunchRun = """
        mutation FloeLaunchRun($executionParams: ExecutionParams!) {
          launchRun(executionParams: $executionParams) {
            __typename
            ... on LaunchRunSuccess { run { runId status } }
            ... on RunConfigValidationInvalid { errors { message } }
            ... on Error { message }
          }
        }
        """;

    public const string RunStatus = """
        query FloeRunStatus($runId: ID!) {
          runOrError(runId: $runId) {
            __typename
            ... on Run { runId status jobName }
            ... on RunNotFoundError { message }
            ... on PythonError { message }
          }
        }
        """;

    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>
    {
        [nameof(Workspace)] = Workspace,
        [nameof(AssetNodes)] = AssetNodes,
        [nameof(LaunchRun)] = LaunchRun,
        [nameof(RunStatus)] = RunStatus,
    };
}
