using FloeHarden.Core.Analyses.SideEffects;
using FloeHarden.Core.Config;
using FloeHarden.Core.Model;

namespace FloeHarden.Core.Tests.Analyses;

[TestClass]
public sealed class SideEffectCallsTests
{
    private static readonly SideEffectCalls Defaults = new(AuditConfig.DefaultSideEffectVerbs);

    private static CallSite Call(string name, string? receiver = "sut") => new(1, name, receiver, CallKind.Invocation);

    /// <summary>A verb at a word boundary is a side effect; a verb inside a word, arrangement and logging are not.</summary>
    [TestMethod]
    [DataRow("SaveAsync", "sut", true)]
    [DataRow("publish_event", "sut", true)]
    [DataRow("Delete", "sut", true)]
    [DataRow("PostAsJsonAsync", "sut", true)]
    [DataRow("sendMessage", "sut", true)]
    [DataRow("UPSERT_ROWS", "sut", true)]
    [DataRow("Create", "sut", true)]
    [DataRow("Settle", "sut", false)]
    [DataRow("Updated", "sut", false)]
    [DataRow("Postpone", "sut", false)]
    [DataRow("Saves", "sut", false)]
    [DataRow("GetAsync", "sut", false)]
    [DataRow("created_at", "sut", false)]
    [DataRow("Create", "Order", false)]
    [DataRow("Create", null, false)]
    [DataRow("Create", "_fixture", false)]
    [DataRow("CreateSut", null, false)]
    [DataRow("CreateClient", "factory", false)]
    [DataRow("create_app", null, false)]
    [DataRow("CreateTestOrder", null, false)]
    [DataRow("WriteLine", "output", false)]
    [DataRow("Write", "Console", false)]
    [DataRow("patch", "mocker", false)]
    [DataRow("ExecuteScalar", "connection", false)]
    [DataRow("ExecuteReaderAsync", "command", false)]
    [DataRow("ExecuteNonQuery", "command", true)]
    [DataRow("CreateComparer", "Period", false)]
    [DataRow("CreateWithCurrentCulture", "LocalDatePattern", false)]
    [DataRow("CreateCommand", "connection", false)]
    [DataRow("CreateServiceProvider", "InMemoryTestHelpers", false)]
    [DataRow("CreateUser", "Client", true)]
    [DataRow("CreateUser", "OrderClient", true)]
    [DataRow("CreateTopicAsync", "Admin", true)]
    [DataRow("CreateTopicAsync", "Clientele", true)]
    [DataRow("CreateDirectory", "Directory", true)]
    [DataRow("CreateOrder", "service", true)]
    [DataRow("CreateOrder", "Clientele", false)]
    [DataRow("TruncateToHour", "TimeAdjusters", false)]
    [DataRow("Truncate", "Math", false)]
    [DataRow("TruncateTable", "Db", true)]
    [DataRow("Truncate", "logFile", true)]
    [DataRow("TruncateAsync", "orders", true)]
    public void CallName_IsClassifiedAsSideEffectOrNot(string name, string? receiver, bool expected)
    {
        Assert.AreEqual(expected, Defaults.IsSideEffect(Call(name, receiver)), $"{receiver}.{name}");
    }

    [TestMethod]
    public void Constructions_AreNotSideEffects()
    {
        var construction = new CallSite(1, "SaveCommand", null, CallKind.Construction);

        var verdicts = new[] { Defaults.IsSideEffect(construction), Defaults.IsSideEffect(construction with { Kind = CallKind.Invocation }) };

        CollectionAssert.AreEqual(new[] { false, true }, verdicts);
    }

    [TestMethod]
    public void ConfiguredVerbs_ReplaceTheDefaults()
    {
        var custom = new SideEffectCalls(["materialise", "Ingest"]);

        var verdicts = new[] { "ingest_batch", "MaterialiseAsync", "SaveAsync" }.Select(n => custom.IsSideEffect(Call(n))).ToArray();

        CollectionAssert.AreEqual(new[] { true, true, false }, verdicts);
    }

    [TestMethod]
    [DataRow("GetAsync", true)]
    [DataRow("find_by_id", true)]
    [DataRow("ListObjectsV2", true)]
    [DataRow("GetType", false)]
    [DataRow("Getaway", false)]
    public void ReadBack_IsAReadVerbAtAWordBoundary(string name, bool expected)
    {
        Assert.AreEqual(expected, SideEffectCalls.IsReadBack(Call(name)));
    }
}
