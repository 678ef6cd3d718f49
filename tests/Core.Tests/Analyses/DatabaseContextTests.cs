using System.Collections.Immutable;
using FloeHarden.Core.Analyses;
using FloeHarden.Core.Analyses.Tiers;
using FloeHarden.Core.Config;
using FloeHarden.Core.Frontends.CSharp;
using FloeHarden.Core.Tests.Support;

namespace FloeHarden.Core.Tests.Analyses;

/// <summary>Constructing a DbContext subclass reaches a database, through base classes in other files; an in-memory one does not.</summary>
[TestClass]
public sealed class DatabaseContextTests
{
    private static Dictionary<string, string?> FirstTouchByTest(string variant)
    {
        var root = Path.Combine(Fixtures.Rule("FH1503", variant), "tests", "integration", "Orders");
        var files = Directory.EnumerateFiles(root, "*.cs").Order(StringComparer.Ordinal)
            .Select(path => CSharpFrontend.ParseText(File.ReadAllText(path), $"tests/integration/Orders/{Path.GetFileName(path)}", null))
            .ToImmutableArray();
        var input = new AuditInput(root, ConfigLoader.Defaults(root), files);
        return input.Tests.ToDictionary(t => t.Unit.Name, t => Behaviour.FirstExternalTouch(t)?.Evidence);
    }

    [TestMethod]
    public void ContextsThroughBaseClassesInOtherFiles_TouchTheDatabase()
    {
        var touches = FirstTouchByTest("Clean");

        Assert.AreEqual("new OrdersContext (AuditedDbContext → LocalDbContext → DbContext)", touches["Projects_Names"]);
        Assert.AreEqual("new UsersContext (IdentityDbContext)", touches["Users_AreStored"]);
        Assert.AreEqual("new SqliteOrdersContext (DbContext)", touches["Orders_AreStoredInSqliteInMemory"], "SQLite in memory is a real engine");
        Assert.AreEqual("new Context (LocalDbContext → DbContext)", touches["Nested_Context_IsTheFilesOwn"]);
        Assert.AreEqual("new OrdersContext (AuditedDbContext → LocalDbContext → DbContext)", touches["Totals_AreSummed"], "created by the base class's set-up");
    }

    [TestMethod]
    public void InMemoryContexts_AndSameNamedTypesThatAreNoContext_TouchNothing()
    {
        var touches = FirstTouchByTest("Fires");

        Assert.IsNull(touches["Projects_Names"], "configured with UseInMemoryDatabase in its base class");
        Assert.IsNull(touches["Products_AreListed"], "the test's own UseInMemoryDatabase options decide before the context's fallback");
        Assert.IsNull(touches["Mapping_Context_IsNoDatabase"], "the file's own Context is no DbContext, whatever Context means elsewhere");
    }
}
