namespace FloeHarden.E2E.Harness.Platform;

/// <summary>What a scenario needs from its surroundings; anything missing makes it Inconclusive, with the reason.</summary>
[Flags]
public enum Needs
{
    None = 0,
    Kubernetes = 1 << 0,
    Dagster = 1 << 1,
    Polaris = 1 << 2,
    PolarisManagement = 1 << 3,
    Minio = 1 << 4,
    Jaeger = 1 << 5,
    Marquez = 1 << 6,
    Cube = 1 << 7,
    Otlp = 1 << 8,
    FloeRepo = 1 << 9,
    FloeCli = 1 << 10,
    Dbt = 1 << 11,
    Helm = 1 << 12,
}
