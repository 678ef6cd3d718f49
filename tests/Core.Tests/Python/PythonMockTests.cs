using FloeHarden.Core.Model;

namespace FloeHarden.Core.Tests.Python;

[TestClass]
public sealed class PythonMockTests
{
    private const string File = "tests/unit/test_mocks.py";

    private static MockUsage OnlyMock(string test) => PythonFixtures.Unit(File, test).Mocks.Single();

    [TestMethod]
    public void MockPassedAlongOnly_HasNoTraits()
    {
        var mock = OnlyMock("test_unused_mock");

        Assert.AreEqual((8, "unittest.mock", MockTraits.None), (mock.Line, mock.Library, mock.Traits));
    }

    [TestMethod]
    public void ReturnValueAndAssertedUse_AreConfiguredAndInspected()
    {
        var mock = OnlyMock("test_configured_mock");

        Assert.AreEqual("Repository", mock.MockedType);
        Assert.AreEqual("repository", mock.Variable);
        Assert.AreEqual(MockTraits.Configured | MockTraits.Inspected, mock.Traits);
    }

    [TestMethod]
    public void PatchDecorators_InjectTheirMocksBottomUp()
    {
        var unit = PythonFixtures.Unit(File, "test_patch_decorators");
        var post = unit.Mocks.Single(m => m.Variable == "post_mock");
        var sleep = unit.Mocks.Single(m => m.Variable == "sleep_mock");

        Assert.AreEqual(25, post.Line);
        Assert.AreEqual("shop.orders.requests.post", post.MockedType);
        Assert.AreEqual(MockTraits.Patch | MockTraits.Configured | MockTraits.Verified, post.Traits);
        Assert.AreEqual(26, sleep.Line);
        Assert.AreEqual(MockTraits.Patch, sleep.Traits);
        Assert.IsEmpty(unit.Parameters, "patch-injected arguments are not fixtures");
    }

    [TestMethod]
    public void PatchObjectAsContextManager_IsAVerifiedPatch()
    {
        var mock = OnlyMock("test_patch_context_and_object");

        Assert.AreEqual(("OrderService._send", "send", 34), (mock.MockedType, mock.Variable, mock.Line));
        Assert.AreEqual(MockTraits.Patch | MockTraits.Verified, mock.Traits);
    }

    [TestMethod]
    public void PatchObjectOnAnObjectTheTestBuilt_IsPartial()
    {
        var mock = OnlyMock("test_partial_mock_of_instance");

        Assert.AreEqual(MockTraits.Patch | MockTraits.Partial, mock.Traits);
    }

    [TestMethod]
    public void PytestMock_SpyOnAClassItDoesNotTest_IsVerifiedNotPartial_AndPatchIsVerified()
    {
        var mocks = PythonFixtures.Unit(File, "test_pytest_mock").Mocks;

        Assert.IsTrue(mocks.All(m => m.Library == "pytest-mock"));
        Assert.AreEqual(MockTraits.Spy | MockTraits.Verified, mocks.Single(m => m.Variable == "spy").Traits);
        Assert.AreEqual(MockTraits.Patch | MockTraits.Verified, mocks.Single(m => m.Variable == "gateway").Traits);
    }

    [TestMethod]
    public void PytestMock_SpyOnTheObjectUnderTest_IsPartial()
    {
        var spy = PythonFixtures.Unit(File, "test_spy_on_the_subject").Mocks.Single();

        Assert.AreEqual(MockTraits.Spy | MockTraits.Partial | MockTraits.Verified, spy.Traits);
    }

    [TestMethod]
    public void Monkeypatch_SetenvAndSetattr_ArePatches()
    {
        var mocks = PythonFixtures.Unit(File, "test_monkeypatch").Mocks;

        Assert.HasCount(2, mocks);
        Assert.IsTrue(mocks.All(m => m.Library == "monkeypatch" && m.Traits.HasFlag(MockTraits.Patch)));
        Assert.AreEqual("os.environ[SHOP_MODE]", mocks[0].MockedType);
    }

    [TestMethod]
    public void MockAssignedToAMemberOfAnObject_IsAPatchInPlace_ButNotOnAMock()
    {
        var stub = OnlyMock("test_member_stubbed_in_place");
        var child = PythonFixtures.Unit(File, "test_child_of_a_mock").Mocks;

        Assert.AreEqual((96, MockTraits.Patch), (stub.Line, stub.Traits));
        CollectionAssert.AreEqual(new[] { (108, MockTraits.Configured | MockTraits.Inspected), (109, MockTraits.None) }, child.Select(m => (m.Line, m.Traits)).ToArray());
    }

    [TestMethod]
    public void MockVerifiedThroughASubscriptChain_IsVerified()
    {
        var mock = OnlyMock("test_verified_through_a_subscript");

        Assert.AreEqual((102, MockTraits.Patch | MockTraits.Verified), (mock.Line, mock.Traits));
    }

    [TestMethod]
    public void FixtureReturnedMock_EarnsTheTraitsOfTheTestsThatUseIt()
    {
        var fixture = PythonFixtures.Unit("tests/conftest.py", "payment_gateway");
        var mock = fixture.Mocks.Single();

        Assert.AreEqual(CodeUnitKind.Setup, fixture.Kind);
        Assert.AreEqual(8, mock.Line);
        Assert.IsTrue(mock.Traits.HasFlag(MockTraits.Configured));
        Assert.IsTrue(mock.Traits.HasFlag(MockTraits.Verified));
    }

    [TestMethod]
    public void HandWrittenFakes_AreFakeShapedTypes_AndTheirUseIsAConstruction()
    {
        var types = PythonFixtures.File(File).Types;
        var calls = PythonFixtures.Unit(File, "test_hand_written_fake").Calls;

        Assert.IsTrue(types.Single(t => t.Name == "FakeRepository").IsFakeShaped);
        Assert.IsTrue(types.Single(t => t.Name == "StubClock").IsFakeShaped);
        CollectionAssert.AreEqual(new[] { "Repository" }, types.Single(t => t.Name == "FakeRepository").BaseTypes.ToArray());
        Assert.AreEqual(CallKind.Construction, calls.Single(c => c.Name == "FakeRepository").Kind);
    }
}
