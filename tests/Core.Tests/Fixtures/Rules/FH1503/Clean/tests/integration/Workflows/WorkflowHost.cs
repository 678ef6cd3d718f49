using Testcontainers.PostgreSql;
using Xunit;

namespace Shop.Tests.Integration.Workflows;

// The containers live in a class the collection fixture builds (target-typed new) and starts: what a fixture's set-up
// constructs runs its own field set-up for every test of the collection.
public class Infrastructure : IAsyncLifetime
{
    public readonly PostgreSqlContainer Database = new PostgreSqlBuilder().Build();

    public Task InitializeAsync() => Database.StartAsync();

    public Task DisposeAsync() => Database.StopAsync();
}

public class WorkflowHost : IAsyncLifetime
{
    public WorkflowHost()
    {
        Infrastructure = new();
    }

    public Infrastructure Infrastructure { get; }

    public Task InitializeAsync() => Infrastructure.InitializeAsync();

    public Task DisposeAsync() => Infrastructure.DisposeAsync();
}

[CollectionDefinition(nameof(WorkflowCollection))]
public class WorkflowCollection : ICollectionFixture<WorkflowHost>
{
}

[Collection(nameof(WorkflowCollection))]
public abstract class WorkflowTest(WorkflowHost host)
{
    protected WorkflowHost Host { get; } = host;
}
