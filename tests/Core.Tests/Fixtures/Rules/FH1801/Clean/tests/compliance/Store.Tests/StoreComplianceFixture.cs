namespace Store.Tests;

public sealed class StoreComplianceFixture
{
    public string ConnectionString { get; } = "Host=localhost";
}

public sealed class NorthwindFixture
{
    public string ConnectionString { get; } = "Host=localhost";
}
