using System;

namespace Floe.IntegrationTests;

/// <summary>Where the integration tests find the platform; every default should match charts/floe/values.yaml.</summary>
public static class PlatformSettings
{
    // Credential drift: the chart's minio.auth.rootPassword is minioadmin123.
    public static string MinioSecretKey => Environment.GetEnvironmentVariable("MINIO_SECRET_KEY") ?? "minioadmin"; // plant: FH1201

    // Same value as the chart: duplication (FH1202), not drift.
    public static string MinioAccessKey => Environment.GetEnvironmentVariable("MINIO_ROOT_USER") ?? "minio";

    public const string PolarisClientSecret = "polaris-secret"; // plant: FH1201

    // In-cluster address with the wrong port: the chart serves Polaris on 8181.
    public static string PolarisUri => Environment.GetEnvironmentVariable("POLARIS_URI") ?? "http://polaris.floe.svc.cluster.local:8080/api/catalog"; // plant: FH1201

    public static string PolarisCatalog(string polarisDefaultCatalog = "lakehouse") => polarisDefaultCatalog; // plant: FH1201
}
