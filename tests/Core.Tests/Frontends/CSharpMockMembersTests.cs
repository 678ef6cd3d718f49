using FloeHarden.Core.Frontends.CSharp;
using FloeHarden.Core.Model;
using FloeHarden.Core.Tests.Support;

namespace FloeHarden.Core.Tests.Frontends;

/// <summary>The C# frontend names the members each mock sets up and verifies (Moq, NSubstitute, FakeItEasy).</summary>
[TestClass]
public sealed class CSharpMockMembersTests
{
    private static Dictionary<int, MockUsage> MocksByLine(string variant)
    {
        var path = Path.Combine(Fixtures.Rule("FH1402", variant), "Shop.UnitTests", "CheckoutServiceTests.cs");
        var model = CSharpFrontend.ParseText(File.ReadAllText(path), "Shop.UnitTests/CheckoutServiceTests.cs", "Shop.UnitTests");
        return model.Units.SelectMany(u => u.Mocks).ToDictionary(m => m.Line);
    }

    private static string Members(IEnumerable<string> members) => string.Join(",", members.Order(StringComparer.Ordinal));

    [TestMethod]
    public void Moq_SetupLambdas_NameTheConfiguredMembers()
    {
        var orders = MocksByLine("Fires")[11];

        Assert.AreEqual("GetAsync,SaveAsync", Members(orders.ConfiguredMembers));
        Assert.AreEqual("", Members(orders.VerifiedMembers));
    }

    [TestMethod]
    public void Moq_VerifyLambda_NamesTheVerifiedMember()
    {
        var audit = MocksByLine("Fires")[26];

        Assert.AreEqual("DeleteOlderThan,Write", Members(audit.ConfiguredMembers));
        Assert.AreEqual("Write", Members(audit.VerifiedMembers));
    }

    [TestMethod]
    public void NSubstitute_AndFakeItEasy_NameTheMemberBeforeReturns()
    {
        var mocks = MocksByLine("Fires");

        Assert.AreEqual("PublishAsync", Members(mocks[22].ConfiguredMembers));
        Assert.AreEqual("SendAsync", Members(mocks[24].ConfiguredMembers));
    }

    [TestMethod]
    public void Received_MustHaveHappened_AndVerifyAll_NameTheVerifiedMembers()
    {
        var mocks = MocksByLine("Clean");

        Assert.AreEqual("SaveAsync", Members(mocks[11].VerifiedMembers), "Moq Verify on a field, in a test");
        Assert.AreEqual("PublishAsync", Members(mocks[22].VerifiedMembers), "NSubstitute Received(1).PublishAsync");
        Assert.AreEqual("SendAsync", Members(mocks[24].VerifiedMembers), "FakeItEasy A.CallTo(...).MustHaveHappenedOnceExactly");
        Assert.AreEqual(MockUsage.AllMembers, Members(mocks[26].VerifiedMembers), "Moq VerifyAll");
    }

    [TestMethod]
    public void CallsInsideSetupAndVerifyLambdas_AreNotCallsTheTestMakes()
    {
        var path = Path.Combine(Fixtures.Rule("FH1402", "Clean"), "Shop.UnitTests", "CheckoutServiceTests.cs");
        var model = CSharpFrontend.ParseText(File.ReadAllText(path), "Shop.UnitTests/CheckoutServiceTests.cs", "Shop.UnitTests");
        var test = model.Units.Single(u => u.Name == "Checkout_SavesPublishesAndMails");

        Assert.IsFalse(test.Calls.Any(c => c.Name == "SaveAsync"), "Verify(r => r.SaveAsync(...)) describes a call, it does not make one");
        Assert.IsFalse(test.Calls.Any(c => c.Name == "SendAsync" && c.Line == 25), "A.CallTo(() => mailer.SendAsync(...)) describes a call");
        Assert.IsTrue(test.Calls.Any(c => c.Name == "CheckoutAsync"));
    }
}
