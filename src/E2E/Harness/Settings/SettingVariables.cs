namespace FloeHarden.E2E.Harness.Settings;

/// <summary>A FLOE_* environment variable the harness reads, with its default (null = unset by default).</summary>
public sealed record SettingVariable(string Name, string? Default, string Meaning);

/// <summary>The catalog of every variable the harness reads. docs/e2e.md documents each of them
/// (a test keeps the two in sync); `make test-e2e` exports the endpoint ones.</summary>
public static class SettingVariables
{
    public static readonly SettingVariable DagsterUrl = new("FLOE_DAGSTER_URL", "http://localhost:3100", "Dagster webserver (GraphQL at /graphql)");
    public static readonly SettingVariable PolarisUrl = new("FLOE_POLARIS_URL", "http://localhost:8181", "Polaris catalog API (Iceberg REST under /api/catalog)");
    public static readonly SettingVariable PolarisManagementUrl = new("FLOE_POLARIS_MGMT_URL", "http://localhost:8182", "Polaris management port (/q/health/ready)");
    public static readonly SettingVariable MinioUrl = new("FLOE_MINIO_URL", "http://localhost:9000", "MinIO S3 API");
    public static readonly SettingVariable JaegerUrl = new("FLOE_JAEGER_URL", "http://localhost:16686", "Jaeger query (v1 /api, v3 /api/v3)");
    public static readonly SettingVariable MarquezUrl = new("FLOE_MARQUEZ_URL", "http://localhost:5100", "Marquez API (/api/v1)");
    public static readonly SettingVariable CubeUrl = new("FLOE_CUBE_URL", "http://localhost:4000", "Cube API (/readyz, /cubejs-api/v1)");
    public static readonly SettingVariable OtlpHttpUrl = new("FLOE_OTLP_HTTP_URL", "http://localhost:4318", "OpenTelemetry collector OTLP/HTTP receiver (/v1/traces)");
    public static readonly SettingVariable KubeContext = new("FLOE_KUBE_CONTEXT", "kind-floe", "kubeconfig context of the cluster under test (kubeconfig from KUBECONFIG or ~/.kube/config)");
    public static readonly SettingVariable Namespace = new("FLOE_NAMESPACE", "floe-test", "namespace the platform is installed in");
    public static readonly SettingVariable Release = new("FLOE_RELEASE", "floe-platform", "Helm release name of the platform chart");
    public static readonly SettingVariable Repo = new("FLOE_REPO", null, "checkout of the floe platform repository (charts/, demo/); scenarios that compile or run dbt need it");
    public static readonly SettingVariable AllowContext = new("FLOE_E2E_ALLOW_CONTEXT", null, "a non-kind-* context that destructive scenarios may nevertheless run against");
    public static readonly SettingVariable PolarisClientId = new("FLOE_POLARIS_CLIENT_ID", "demo-admin", "Polaris OAuth client id (values-test.yaml bootstrap credentials)");
    public static readonly SettingVariable PolarisClientSecret = new("FLOE_POLARIS_CLIENT_SECRET", "demo-secret", "Polaris OAuth client secret");
    public static readonly SettingVariable PolarisScope = new("FLOE_POLARIS_SCOPE", "PRINCIPAL_ROLE:ALL", "OAuth scope requested from Polaris");
    public static readonly SettingVariable PolarisCatalog = new("FLOE_POLARIS_CATALOG", "floe-demo", "Polaris catalog (Iceberg warehouse) the demo products write to");
    public static readonly SettingVariable MinioAccessKey = new("FLOE_MINIO_ACCESS_KEY", "minioadmin", "MinIO access key (for dbt's S3 secret)");
    public static readonly SettingVariable MinioSecretKey = new("FLOE_MINIO_SECRET_KEY", "minioadmin123", "MinIO secret key");
    public static readonly SettingVariable CubeApiSecret = new("FLOE_CUBE_API_SECRET", "test-cube-api-secret-32chars000", "secret Cube signs its API tokens with; the harness signs an HS256 token with it");
    public static readonly SettingVariable CubeToken = new("FLOE_CUBE_TOKEN", null, "a ready-made Cube API token; overrides FLOE_CUBE_API_SECRET");
    public static readonly SettingVariable JaegerApi = new("FLOE_JAEGER_API", "auto", "Jaeger query API: v1, v3, or auto (v3 when /api/v3/services exists, else v1)");
    public static readonly SettingVariable FloeCli = new("FLOE_CLI", "floe", "the platform CLI used to compile demo products (a path, or a name found on PATH)");
    public static readonly SettingVariable Dbt = new("FLOE_DBT", "dbt", "dbt executable with the duckdb adapter (a path, or a name found on PATH)");
    public static readonly SettingVariable Helm = new("FLOE_HELM", "helm", "helm executable (a path, or a name found on PATH)");
    public static readonly SettingVariable ProbeTimeout = new("FLOE_E2E_PROBE_TIMEOUT", "3", "seconds each endpoint gets to answer the once-per-run reachability probe");
    public static readonly SettingVariable RunTimeout = new("FLOE_E2E_RUN_TIMEOUT", "900", "seconds a Dagster run, a dbt command or a Helm upgrade may take");

    public static IReadOnlyList<SettingVariable> All { get; } =
    [
        DagsterUrl, PolarisUrl, PolarisManagementUrl, MinioUrl, JaegerUrl, MarquezUrl, CubeUrl, OtlpHttpUrl,
        KubeContext, Namespace, Release, Repo, AllowContext,
        PolarisClientId, PolarisClientSecret, PolarisScope, PolarisCatalog, MinioAccessKey, MinioSecretKey,
        CubeApiSecret, CubeToken, JaegerApi, FloeCli, Dbt, Helm, ProbeTimeout, RunTimeout,
    ];
}
