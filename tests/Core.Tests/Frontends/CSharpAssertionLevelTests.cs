using FloeHarden.Core.Frontends.CSharp;
using FloeHarden.Core.Model;

namespace FloeHarden.Core.Tests.Frontends;

/// <summary>Each assertion API of each framework lands on the right level of the one hierarchy.</summary>
[TestClass]
public sealed class CSharpAssertionLevelTests
{
    [TestMethod]
    [DataRow("Assert.AreEqual(42, Compute());", AssertionLevel.Exact)]
    [DataRow("Assert.Equal(\"a\", s);", AssertionLevel.Exact)]
    [DataRow("Assert.AreEqual(3, items.Count);", AssertionLevel.Moderate)]
    [DataRow("Assert.Equal(new[] { 1, 2 }, xs);", AssertionLevel.Structural)]
    [DataRow("Assert.AreEqual(true, ok);", AssertionLevel.Weak)]
    [DataRow("Assert.AreNotEqual(0, id);", AssertionLevel.Weak)]
    [DataRow("CollectionAssert.AreEqual(expected, actual);", AssertionLevel.Structural)]
    [DataRow("CollectionAssert.Contains(xs, 3);", AssertionLevel.Moderate)]
    [DataRow("StringAssert.StartsWith(s, \"ab\");", AssertionLevel.Moderate)]
    [DataRow("Assert.IsInstanceOfType<Order>(o);", AssertionLevel.Moderate)]
    [DataRow("Assert.IsNotNull(o);", AssertionLevel.Trivial)]
    [DataRow("Assert.IsNull(error);", AssertionLevel.Moderate)]
    [DataRow("Assert.IsTrue(xs.Any());", AssertionLevel.Weak)]
    [DataRow("Assert.IsTrue(r.Success);", AssertionLevel.Weak)]
    [DataRow("Assert.IsTrue(xs.Count > 0);", AssertionLevel.Weak)]
    [DataRow("Assert.IsTrue(total > 10);", AssertionLevel.Moderate)]
    [DataRow("Assert.IsTrue(s.Contains(\"x\"));", AssertionLevel.Moderate)]
    [DataRow("Assert.IsTrue(x != null);", AssertionLevel.Trivial)]
    [DataRow("Assert.IsTrue(x is not null);", AssertionLevel.Trivial)]
    [DataRow("Assert.IsTrue(x is Order { Id: \"A\" });", AssertionLevel.Exact)]
    [DataRow("Assert.ThrowsException<ArgumentException>(() => Run());", AssertionLevel.Moderate)]
    [DataRow("Assert.Throws<ArgumentException>(() => Run());", AssertionLevel.Moderate)]
    [DataRow("Assert.NotEmpty(xs);", AssertionLevel.Weak)]
    [DataRow("Assert.Empty(xs);", AssertionLevel.Moderate)]
    [DataRow("Assert.Single(xs);", AssertionLevel.Moderate)]
    [DataRow("Assert.That(x, Is.EqualTo(5));", AssertionLevel.Exact)]
    [DataRow("Assert.That(xs, Has.Count.EqualTo(3));", AssertionLevel.Moderate)]
    [DataRow("Assert.That(xs, Is.EquivalentTo(new[] { 1 }));", AssertionLevel.Structural)]
    [DataRow("Assert.That(x, Is.Not.Null);", AssertionLevel.Trivial)]
    [DataRow("Assert.That(x, Is.GreaterThan(0));", AssertionLevel.Weak)]
    [DataRow("Assert.That(() => Run(), Throws.TypeOf<InvalidOperationException>());", AssertionLevel.Moderate)]
    [DataRow("ClassicAssert.AreEqual(4, n);", AssertionLevel.Exact)]
    [DataRow("x.Should().Be(3);", AssertionLevel.Exact)]
    [DataRow("xs.Should().BeEquivalentTo(expected);", AssertionLevel.Structural)]
    [DataRow("xs.Should().HaveCount(2);", AssertionLevel.Moderate)]
    [DataRow("xs.Should().NotBeEmpty();", AssertionLevel.Weak)]
    [DataRow("x.Should().NotBeNull();", AssertionLevel.Trivial)]
    [DataRow("x.Should().NotBeNull().And.Be(expected);", AssertionLevel.Exact)]
    [DataRow("act.Should().Throw<InvalidOperationException>();", AssertionLevel.Moderate)]
    [DataRow("n.Should().BeGreaterThan(0);", AssertionLevel.Weak)]
    [DataRow("x.ShouldBe(3);", AssertionLevel.Exact)]
    [DataRow("x.ShouldNotBeNull();", AssertionLevel.Trivial)]
    [DataRow("ok.ShouldBeTrue();", AssertionLevel.Weak)]
    [DataRow("xs.ShouldContain(3);", AssertionLevel.Moderate)]
    [DataRow("Should.Throw<ArgumentException>(() => Run());", AssertionLevel.Moderate)]
    [DataRow("repo.Verify(r => r.Save(order), Times.Once);", AssertionLevel.Exact)]
    [DataRow("repo.Verify(r => r.Save(It.IsAny<Order>()));", AssertionLevel.Moderate)]
    [DataRow("bus.Received(1).Publish(\"created\");", AssertionLevel.Exact)]
    [DataRow("bus.Received().Publish(Arg.Any<string>());", AssertionLevel.Moderate)]
    [DataRow("A.CallTo(() => fake.Send(42)).MustHaveHappenedOnceExactly();", AssertionLevel.Exact)]
    [DataRow("await Verify(result);", AssertionLevel.Structural)]
    [DataRow("Assert.IsFalse(calendar.IsLeapYear(1900));", AssertionLevel.Moderate)]
    [DataRow("Assert.AreEqual(false, calendar.IsLeapYear(1));", AssertionLevel.Moderate)]
    [DataRow("Assert.IsTrue(order.IsValid());", AssertionLevel.Weak)]
    [DataRow("calendar.IsLeapYear(2000).Should().BeTrue();", AssertionLevel.Moderate)]
    [DataRow("calendar.IsLeapYear(2001).ShouldBeFalse();", AssertionLevel.Moderate)]
    [DataRow("xs.SequenceEqual(new[] { 2, 4 }).ShouldBeTrue();", AssertionLevel.Structural)]
    [DataRow("(total == 42).Should().BeTrue();", AssertionLevel.Exact)]
    [DataRow("Assert.IsTrue(m == m);", AssertionLevel.Exact)]
    [DataRow("Assert.False(value.Contains('x'));", AssertionLevel.Moderate)]
    [DataRow("Assert.False(db.Rows().Any());", AssertionLevel.Moderate)]
    [DataRow("Assert.False(int.TryParse(input, out _));", AssertionLevel.Moderate)]
    [DataRow("(a == b).ShouldBe(true);", AssertionLevel.Exact)]
    [DataRow("Assert.IsTrue(false);", AssertionLevel.Weak)]
    [DataRow("await new CSharpAnalyzerTest<Analyzer, DefaultVerifier> { TestCode = source }.RunAsync();", AssertionLevel.Structural)]
    [DataRow("var test = new CSharpCodeFixTest<Analyzer, Fix, DefaultVerifier>(); await test.RunAsync();", AssertionLevel.Structural)]
    [DataRow("var test = AnalyzerTest.Create<NameAnalyzer>(source, expected); await test.RunAsync();", AssertionLevel.Structural)]
    [DataRow("var test = CreateCodeFixTest(source, fixedSource); await test.RunAsync();", AssertionLevel.Structural)]
    [DataRow("Assert.IsTrue(m.Equals(m));", AssertionLevel.Exact)]
    [DataRow("Assert.IsTrue(comparer.Equals(zone, zone));", AssertionLevel.Exact)]
    [DataRow("Assert.AreEqual(new Money(5), new Money(5));", AssertionLevel.Exact)]
    [DataRow("Assert.AreEqual(order.Total, order.Total);", AssertionLevel.Trivial)]
    [DataRow("Assert.Same(AvailabilityOptions.None, AvailabilityOptions.None);", AssertionLevel.Moderate)]
    [DataRow("Assert.IsTrue(object.Equals(m, m));", AssertionLevel.Trivial)]
    [DataRow("await runner.Execute(q => q.Where(o => o.Lines.Count == 0), Assert.Empty);", AssertionLevel.Moderate)]
    [DataRow("await runner.Execute(q => q.Select(o => o.Total), elementAsserter: Assert.Equal);", AssertionLevel.Exact)]
    [DataRow("items.ForEach(Assert.NotNull);", AssertionLevel.Trivial)]
    [DataRow("flags.ForEach(Assert.IsTrue);", AssertionLevel.Weak)]
    [DataRow("await Assert.That(sum).IsEqualTo(5);", AssertionLevel.Exact)]
    [DataRow("await Assert.That(list).IsEquivalentTo(new[] { 1, 2, 3 });", AssertionLevel.Structural)]
    [DataRow("await Assert.That(list.Length).IsEqualTo(3);", AssertionLevel.Moderate)]
    [DataRow("await Assert.That(xs).Count().IsEqualTo(3);", AssertionLevel.Moderate)]
    [DataRow("await Assert.That(xs).HasCount(2);", AssertionLevel.Moderate)]
    [DataRow("await Assert.That(s).Contains(\"x\");", AssertionLevel.Moderate)]
    [DataRow("await Assert.That(x).IsNotNull();", AssertionLevel.Trivial)]
    [DataRow("await Assert.That(x).IsNull();", AssertionLevel.Moderate)]
    [DataRow("await Assert.That(r.Success).IsTrue();", AssertionLevel.Weak)]
    [DataRow("await Assert.That(a.Equals(b)).IsTrue();", AssertionLevel.Exact)]
    [DataRow("await Assert.That(xs).IsNotEmpty();", AssertionLevel.Weak)]
    [DataRow("await Assert.That(n).IsGreaterThan(0);", AssertionLevel.Weak)]
    [DataRow("await Assert.That(x).IsNotNull().And.IsEqualTo(expected);", AssertionLevel.Exact)]
    [DataRow("await Assert.That(x).IsEqualTo(expected).Or.IsNotNull();", AssertionLevel.Trivial)]
    [DataRow("await Assert.That(ok).IsTrue().Because(\"reason\");", AssertionLevel.Weak)]
    [DataRow("await Assert.That(response).IsSameReferenceAs(cached);", AssertionLevel.Exact)]
    [DataRow("await Assert.That(() => int.Parse(\"x\")).ThrowsExactly<FormatException>();", AssertionLevel.Moderate)]
    [DataRow("await Assert.That(() => Run()).Throws<InvalidOperationException>().WithMessage(\"boom\");", AssertionLevel.Exact)]
    [DataRow("await Assert.That(() => Run()).ThrowsNothing();", AssertionLevel.Weak)]
    [DataRow("Assert.That(ok);", AssertionLevel.Weak)]
    [DataRow("Assert.That(total == 42);", AssertionLevel.Exact)]
    [DataRow("Assert.That(calendar.IsLeapYear(1900), Is.False);", AssertionLevel.Moderate)]
    [DataRow("Assert.That(calendar.IsLeapYear(2000), Is.True, \"leap\");", AssertionLevel.Moderate)]
    [DataRow("Assert.That(calendar.IsLeapYear(2023), Is.Not.True);", AssertionLevel.Moderate)]
    [DataRow("Assert.That(d.ContainsKey(\"x\"), Is.False);", AssertionLevel.Moderate)]
    [DataRow("Assert.That(rules.CanShip(order), Is.EqualTo(true));", AssertionLevel.Moderate)]
    [DataRow("Assert.That(r.Success, Is.True);", AssertionLevel.Weak)]
    [DataRow("Assert.That(xs.Any(), Is.True);", AssertionLevel.Weak)]
    [DataRow("Assert.That(a == b, Is.True);", AssertionLevel.Exact)]
    [DataRow("Assert.Fail(\"no\");", AssertionLevel.Weak)]
    [DataRow("if (sum != 5) Assert.Fail($\"got {sum}\");", AssertionLevel.Exact)]
    [DataRow("if (!xs.SequenceEqual(ys)) { var m = Format(xs); Assert.Fail(m); }", AssertionLevel.Structural)]
    [DataRow("if (sum == 5) { } else { Assert.Fail(\"no\"); }", AssertionLevel.Exact)]
    [DataRow("if (expectedCount != actualCount) Assert.IsTrue(false, \"count\");", AssertionLevel.Exact)]
    [DataRow("if (!r.Success) Assert.Fail(\"failed\");", AssertionLevel.Weak)]
    [DataRow("if (x == null) Assert.Fail(\"null\");", AssertionLevel.Weak)]
    [DataRow("if (sum != 5) { Assert.Fail(\"got\"); Log(); }", AssertionLevel.Weak)]
    [DataRow("if (a.Id != b.Id) throw new XunitException(\"id\");", AssertionLevel.Exact)]
    [DataRow("if (a.Id != b.Id) throw new AssertFailedException(\"id\");", AssertionLevel.Exact)]
    [DataRow("throw new XunitException(\"unreachable\");", AssertionLevel.Weak)]
    public void Assertion_IsClassifiedOnTheHierarchy(string statement, AssertionLevel expected)
    {
        var assertions = AssertionsOf(statement);

        Assert.HasCount(1, assertions, string.Join(", ", assertions.Select(a => a.Api)));
        Assert.AreEqual(expected, assertions[0].Level, $"{statement} → {assertions[0].Api}");
    }

    [TestMethod]
    [DataRow("log.Info(nameof(Assert.AreEqual));")]
    [DataRow("log.Info(Assert.Multiple);")]
    [DataRow("var job = new Job(); await job.RunAsync();")]
    [DataRow("var job = JobFactory.Create(source); await job.RunAsync();")]
    [DataRow("if (a.Id != b.Id) throw new InvalidOperationException(\"id\");")]
    public void AssertMethodNamedButNotPassedToBeCalled_IsNoAssertion(string statement)
    {
        var assertions = AssertionsOf(statement);

        Assert.IsEmpty(assertions, string.Join(", ", assertions.Select(a => a.Api)));
    }

    [TestMethod]
    [DataRow("await Assert.That(() => int.Parse(\"x\")).ThrowsExactly<FormatException>();", "Assert.That().ThrowsExactly")]
    [DataRow("await Assert.That(async () => await Run()).Throws<InvalidOperationException>().WithMessage(\"boom\");", "Assert.That().WithMessage")]
    public void TUnitThrows_IsAnExpectedException(string statement, string api)
    {
        var assertion = AssertionsOf(statement).Single();

        Assert.AreEqual(AssertionKind.ExpectedException, assertion.Kind);
        Assert.AreEqual(api, assertion.Api);
    }

    [TestMethod]
    public void TryFailCatch_IsAnExpectedExceptionOfTheCaughtType()
    {
        var assertions = AssertionsOf("try { Run(); Assert.Fail(\"should throw\"); } catch (InvalidOperationException e) when (e.Message == \"x\") { }");

        var expected = assertions.Single(a => a.Kind == AssertionKind.ExpectedException);
        Assert.AreEqual(AssertionLevel.Moderate, expected.Level);
        Assert.AreEqual("try/fail/catch InvalidOperationException", expected.Api);
    }

    [TestMethod]
    public void MockVerifyWithoutArguments_IsWeakWhenTheReceiverIsAMock()
    {
        var file = CSharpFrontend.ParseText(
            "public class T { [Fact] public void M() { var repo = new Mock<IRepo>(); Run(repo.Object); repo.Verify(); } }", "T.cs", null);

        var assertion = file.Tests.Single().Assertions.Single();

        Assert.AreEqual(AssertionLevel.Weak, assertion.Level);
        Assert.AreEqual(AssertionKind.MockVerification, assertion.Kind);
    }

    [TestMethod]
    public void FluentChain_CountsOnceAtItsStrongestVerb()
    {
        var assertions = AssertionsOf("order.Should().NotBeNull().And.BeOfType<Order>().Which.Id.Should().Be(\"A\");");

        CollectionAssert.AreEqual(new[] { AssertionLevel.Moderate, AssertionLevel.Exact }, assertions.Select(a => a.Level).Order().ToArray());
    }

    [TestMethod]
    [DataRow("var s = new Line(); s.Should().BeEquivalentTo(expected).And.NotBeNull();", AssertionLevel.Structural, AssertionTraits.None)]
    [DataRow("var s = new Line(); s.Should().NotBeNull().And.NotBeNull();", AssertionLevel.Trivial, AssertionTraits.Tautology)]
    [DataRow("var s = new Line(); await Assert.That(s).IsEqualTo(expected).And.IsNotNull();", AssertionLevel.Exact, AssertionTraits.None)]
    [DataRow("var s = new Line(); await Assert.That(s).IsEqualTo(expected).Or.IsNotNull();", AssertionLevel.Trivial, AssertionTraits.Tautology)]
    public void Chain_IsATautologyOnlyWhenItsStrongestLinkIs(string statement, AssertionLevel level, AssertionTraits traits)
    {
        var assertion = AssertionsOf(statement).Single();

        Assert.AreEqual(level, assertion.Level);
        Assert.AreEqual(traits, assertion.Traits);
    }

    [TestMethod]
    [DataRow("Assert.That(a == b, Is.True);", AssertionTraits.BooleanOfEquality)]
    [DataRow("if (a != b) Assert.Fail(\"differ\");", AssertionTraits.None)]
    [DataRow("Assert.True(default == default(Cmyk));", AssertionTraits.BooleanOfEquality)]
    [DataRow("Assert.True(total == 3);", AssertionTraits.BooleanOfEquality | AssertionTraits.ValueComparison)]
    public void BooleanOfEquality_TraitsOfTheForms(string statement, AssertionTraits traits)
    {
        var assertion = AssertionsOf(statement).Single();

        Assert.AreEqual(traits, assertion.Traits);
    }

    [TestMethod]
    public void MethodGroupOfTheOwnClass_IsACall()
    {
        var file = CSharpFrontend.ParseText(
            "public class T { [Fact] public void A() => Runner.Run(RunSum, 1); [Fact] public void B() { Action c = RunSum; Runner.Run(c, 2); } "
            + "[Fact] public void C() => Log(nameof(RunSum), Total); static void RunSum() { } static int Total => 1; }", "T.cs", null);

        var calls = file.Tests.ToDictionary(t => t.Name, t => string.Join(",", t.Calls.Select(c => c.Name)));

        Assert.AreEqual("Run,RunSum", calls["A"]);
        Assert.AreEqual("RunSum,Run", calls["B"]);
        Assert.AreEqual("Log,nameof", calls["C"]);
    }

    [TestMethod]
    public void TargetTypedNewAssignedToAMember_IsAConstructionOfTheMembersType()
    {
        var file = CSharpFrontend.ParseText(
            "public class T { public T() { Infrastructure = new(); this.cluster = new(Infrastructure); store = new(); local = new(); } "
            + "public Infrastructure? Infrastructure { get; } private readonly Cluster cluster; private var store; "
            + "[Fact] public void A() { Other x; x = new(); } }", "T.cs", null);

        var setup = file.Units.Single(u => u.Kind == CodeUnitKind.Setup);
        var constructed = string.Join(",", setup.Calls.Where(c => c.Kind == CallKind.Construction).Select(c => c.Name));

        Assert.AreEqual("Infrastructure,Cluster", constructed);
        Assert.AreEqual("", string.Join(",", file.Tests.Single().Calls.Where(c => c.Kind == CallKind.Construction).Select(c => c.Name)));
    }

    [TestMethod]
    public void ExecuteAndSendCalls_CarryTheCommandTheyRun()
    {
        var file = CSharpFrontend.ParseText(
            "using static Lib.Expiration; using Xunit; public class T { [Fact] public async Task A() { "
            + "db.Execute(\"EXISTS\", k); db.ExecuteAsync(\" select 1\"); await c.ExecuteAsync(new RestRequest(\"x\", Method.Post)); "
            + "var get = new RestRequest(\"x\"); await c.ExecuteAsync(get); var del = new RestRequest(\"x\"); del.Method = Method.Delete; await c.ExecuteAsync(del); "
            + "await h.SendAsync(new HttpRequestMessage(HttpMethod.Head, u)); await h.SendAsync(new HttpRequestMessage { Method = HttpMethod.Put }); "
            + "await Send(handler, HttpMethod.Options, u); c.Execute(); Save(\"GET\"); } }", "T.cs", null);

        var commands = file.Tests.Single().Calls.Where(c => c.Kind == CallKind.Invocation).Select(c => $"{c.Name}:{c.Command ?? "-"}");

        Assert.AreEqual(
            "Execute:EXISTS,ExecuteAsync:SELECT,ExecuteAsync:POST,ExecuteAsync:GET,ExecuteAsync:-,SendAsync:HEAD,SendAsync:PUT,Send:OPTIONS,Execute:-,Save:-",
            string.Join(",", commands));
        Assert.AreEqual("Expiration", string.Join(",", file.StaticImports));
        Assert.AreEqual("Lib.Expiration,Xunit", string.Join(",", file.Imports));
    }

    [TestMethod]
    public void AssertionSubject_IsTheRootOfTheActualValue()
    {
        var assertions = AssertionsOf("Assert.AreEqual(201, response.StatusCode.Value); result.Items.Should().HaveCount(2);");

        CollectionAssert.AreEqual(new[] { "response", "result" }, assertions.Select(a => a.Subject).ToArray());
    }

    [TestMethod]
    [DataRow("var probe = CreateTestProbe(); probe.ExpectMsg(\"hello\");", AssertionLevel.Exact)]
    [DataRow("var probe = CreateTestProbe(); probe.ExpectMsg(\"hello\", TimeSpan.FromSeconds(3));", AssertionLevel.Exact)]
    [DataRow("var probe = CreateTestProbe(); await probe.ExpectTerminatedAsync(echo);", AssertionLevel.Exact)]
    [DataRow("var probe = CreateTestProbe(); probe.ExpectMsg<Done>();", AssertionLevel.Moderate)]
    [DataRow("var probe = CreateTestProbe(); await probe.ExpectMsgAsync<Done>(TimeSpan.FromSeconds(3), \"no reply\");", AssertionLevel.Moderate)]
    [DataRow("var probe = CreateTestProbe(); probe.ExpectMsg<Done>(m => m.Count == 3);", AssertionLevel.Moderate)]
    [DataRow("var probe = CreateTestProbe(); await probe.ExpectNoMsgAsync(TimeSpan.FromMilliseconds(100));", AssertionLevel.Weak)]
    [DataRow("var downstream = this.CreateSubscriberProbe<int>(); downstream.ExpectNextN(new[] { 1, 2, 3 });", AssertionLevel.Structural)]
    [DataRow("var downstream = this.CreateSubscriberProbe<int>(); downstream.ExpectNext(1, 2, 3);", AssertionLevel.Structural)]
    [DataRow("var downstream = this.CreateSubscriberProbe<int>(); await downstream.ExpectNextNAsync(3).ToListAsync();", AssertionLevel.Moderate)]
    [DataRow("var downstream = this.CreateSubscriberProbe<int>(); await downstream.ExpectCompleteAsync();", AssertionLevel.Weak)]
    [DataRow("var upstream = this.CreatePublisherProbe<int>(); upstream.ExpectSubscription();", AssertionLevel.Weak)]
    [DataRow("var subscriber = this.CreateSubscriberProbe<int>(); subscriber.RequestNext(3);", AssertionLevel.Exact)]
    [DataRow("var probe = CreateTestProbe(); probe.ReceiveN(20);", AssertionLevel.Moderate)]
    [DataRow("await EventFilter.Exception<ArgumentException>().ExpectOneAsync(() => { actor.Tell(1); return Task.CompletedTask; }); // TestKit", AssertionLevel.Moderate)]
    [DataRow("await ExpectMsgAsync(\"pong\"); // TestKit", AssertionLevel.Exact)]
    [DataRow("AwaitCondition(() => counter.Value == 3); // TestKit", AssertionLevel.Exact)]
    [DataRow("AwaitCondition(() => counter.IsDone); // TestKit", AssertionLevel.Weak)]
    public void TestKitExpectation_IsGradedByWhatItCompares(string statement, AssertionLevel expected)
    {
        var assertions = AssertionsOf(statement);

        Assert.HasCount(1, assertions, string.Join(", ", assertions.Select(a => a.Api)));
        Assert.AreEqual(expected, assertions[0].Level, $"{statement} → {assertions[0].Api}");
        Assert.IsNull(assertions[0].Subject);
    }

    [TestMethod]
    [DataRow("var builder = new DependencyBuilder(); builder.ExpectCollection<IHandler>().Add<Handler>();")]
    [DataRow("var waiter = host.Waiter(); waiter.ExpectMessage<Ping>(3);")]
    public void ExpectCallOutsideATestKitFile_IsNoAssertion(string statement)
    {
        var assertions = AssertionsOf(statement);

        Assert.IsEmpty(assertions, string.Join(", ", assertions.Select(a => a.Api)));
    }

    [TestMethod]
    public void OwnClassExpectHelper_IsNoTestKitExpectation()
    {
        var file = CSharpFrontend.ParseText(
            "public class EchoSpec : TestKit { [Fact] public void M() { ExpectQuiet(); probe.ExpectMsg(1); } private void ExpectQuiet() { } }", "EchoSpec.cs", null);

        var test = file.Tests.Single();

        Assert.AreEqual("ExpectMsg", test.Assertions.Single().Api);
    }

    private static List<Assertion> AssertionsOf(string statements)
    {
        var source = $"class SampleTests {{ [TestMethod] public async Task M() {{ {statements} }} }}";
        var file = CSharpFrontend.ParseText(source, "SampleTests.cs", null);
        return [.. file.Tests.Single().Assertions];
    }
}
