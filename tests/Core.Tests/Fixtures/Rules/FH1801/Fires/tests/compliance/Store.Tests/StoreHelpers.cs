using System.Collections.Generic;

namespace Store.Tests;

// An external base that is no test suite: an unused helper still.
public class StoreNames : List<string> // plant: FH1801
{
}

// Not public: a runner does not run it.
internal class orphan_compliance : StreamArchivingCompliance<StoreComplianceFixture> // plant: FH1801
{
}

public sealed class StoreComplianceFixture
{
    public string ConnectionString { get; } = "Host=localhost";
}
