using FloeHarden.Core.Analyses.SideEffects;
using FloeHarden.Core.Config;
using FloeHarden.Core.Model;

namespace FloeHarden.Core.Tests.Analyses;

[TestClass]
public sealed class SideEffectCallsTests
{
    private static readonly SideEffectCalls Defaults = new(AuditConfig.DefaultSideEffectVerbs);

    private static CallSite Call(string name, string? receiver = "sut") => new(1, name, receiver, CallKind.Invocation);

    [TestMethod]
    [DataRow("SaveAsync")]
    [DataRow("publish_event")]
    [DataRow("Delete")]
    [DataRow("PostAsJsonAsync")]
    [DataRow("sendMessage")]
    [DataRow("UPSERT_ROWS")]
    [DataRow("Create")]
    public void VerbAtAWordBoundary_IsASideEffect(string name)
    {
        Assert.IsTrue(Defaults.IsSideEffect(Call(name)), name);
    }

    [TestMethod]
    [DataRow("Settle")]
    [DataRow("Updated")]
    [DataRow("Postpone")]
    [DataRow("Saves")]
    [DataRow("GetAsync")]
    [DataRow("created_at")]
    public void VerbInsideAWord_IsNotASideEffect(string name)
    {
        Assert.IsFalse(Defaults.IsSideEffect(Call(name)), name);
    }

    [TestMethod]
    [DataRow("Create", "Order")]
    [DataRow("Create", null)]
    [DataRow("Create", "_fixture")]
    [DataRow("CreateSut", null)]
    [DataRow("CreateClient", "factory")]
    [DataRow("create_app", null)]
    [DataRow("CreateTestOrder", null)]
    [DataRow("WriteLine", "output")]
    [DataRow("Write", "Console")]
    [DataRow("patch", "mocker")]
    public void ArrangementAndLogging_AreNotSideEffects(string name, string? receiver)
    {
        Assert.IsFalse(Defaults.IsSideEffect(Call(name, receiver)), $"{receiver}.{name}");
    }

    [TestMethod]
    public void Constructions_AreNotSideEffects()
    {
        Assert.IsFalse(Defaults.IsSideEffect(new CallSite(1, "SaveCommand", null, CallKind.Construction)));
    }

    [TestMethod]
    public void ConfiguredVerbs_ReplaceTheDefaults()
    {
        var custom = new SideEffectCalls(["materialise", "Ingest"]);

        Assert.IsTrue(custom.IsSideEffect(Call("ingest_batch")));
        Assert.IsTrue(custom.IsSideEffect(Call("MaterialiseAsync")));
        Assert.IsFalse(custom.IsSideEffect(Call("SaveAsync")));
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
