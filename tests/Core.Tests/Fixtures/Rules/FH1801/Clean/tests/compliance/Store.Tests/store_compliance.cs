using Acme.Events.ComplianceTests;

namespace Store.Tests;

// Each class runs a package's compliance suite (abstract xUnit classes shipped in a NuGet package) against this store.
public class stream_archiving_compliance
    : StreamArchivingCompliance<StoreComplianceFixture>;

public class event_store_explorer_compliance : EventStoreExplorerCompliance<StoreComplianceFixture>
{
}

public class QueryTests : QueryTestBase<NorthwindFixture>
{
    public QueryTests(NorthwindFixture fixture) : base(fixture)
    {
    }
}

public class SqliteStoreSpecs : StoreSpecification
{
}
