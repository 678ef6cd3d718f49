using System;

namespace Floe.IntegrationTests;

/// <summary>Defaults that agree with charts/floe/values.yaml, or that cannot be compared with it.</summary>
public static class PlatformSettings
{
    public static string MinioSecretKey => Environment.GetEnvironmentVariable("MINIO_ROOT_PASSWORD") ?? "minioadmin123";

    // A port-forwarded address: loopback says nothing about the in-cluster host or port.
    public static string PolarisUri => Environment.GetEnvironmentVariable("POLARIS_URI") ?? "http://localhost:18181/api/catalog";

    // Same service under its short name, same port.
    public static string PolarisHost => Environment.GetEnvironmentVariable("POLARIS_HOST") ?? "polaris:8181";

    public const string PolarisClientSecret = "s3cr3t-polaris";

    // No component names the setting: a bare password matches nothing in the chart.
    public static string Login(string password = "hunter2") => password;

    // A component the chart does not have.
    public static string PostgresPassword => Environment.GetEnvironmentVariable("POSTGRES_PASSWORD") ?? "postgres-pw";

    // A placeholder, not a value.
    public static string MinioUrl(string bucket) => Environment.GetEnvironmentVariable("MINIO_URL") ?? $"http://{bucket}.minio:9000";
}
