using FloeHarden.E2E.Harness.Polling;

namespace FloeHarden.E2E.Tests.Harness;

[TestClass]
public sealed class PollTests
{
    private static readonly PollOptions Fast = new(TimeSpan.FromSeconds(5), TimeSpan.FromMilliseconds(5), 2, TimeSpan.FromMilliseconds(20));

    [TestMethod]
    public async Task Condition_HoldingOnTheThirdAttempt_ReturnsThatValueAfterThreeAttempts()
    {
        var attempts = 0;

        var value = await Poll.UntilAsync("the third attempt", _ => Task.FromResult(++attempts), n => n == 3, Fast);

        Assert.AreEqual(3, value);
        Assert.AreEqual(3, attempts);
    }

    [TestMethod]
    public async Task AttemptThatThrows_IsRetried_UntilOneSucceeds()
    {
        var attempts = 0;

        var value = await Poll.UntilAsync(
            "a flaky call",
            _ => ++attempts < 3 ? throw new HttpRequestException("connection refused") : Task.FromResult("ok"),
            s => s == "ok",
            Fast);

        Assert.AreEqual("ok", value);
        Assert.AreEqual(3, attempts);
    }

    [TestMethod]
    public async Task Timeout_NamesTheDescriptionAttemptsAndLastError()
    {
        var options = Fast with { Timeout = TimeSpan.FromMilliseconds(150) };
        var attempts = 0;

        var error = await Assert.ThrowsExactlyAsync<PollTimeoutException>(() => Poll.UntilAsync<int>(
            "Dagster run 42 to finish",
            _ => throw new InvalidOperationException($"boom #{++attempts}"),
            _ => true,
            options));

        StringAssert.StartsWith(error.Message, "Timed out after 0.15s waiting for Dagster run 42 to finish (");
        StringAssert.EndsWith(error.Message, $"last observation: InvalidOperationException: boom #{attempts}");
        Assert.AreEqual(attempts, error.Attempts);
        Assert.IsInstanceOfType<InvalidOperationException>(error.InnerException);
    }

    [TestMethod]
    public async Task Timeout_OnARejectedValue_DescribesTheLastValue()
    {
        var options = Fast with { Timeout = TimeSpan.FromMilliseconds(60) };

        var error = await Assert.ThrowsExactlyAsync<PollTimeoutException>(() =>
            Poll.UntilAsync("status SUCCESS", _ => Task.FromResult("STARTED"), s => s == "SUCCESS", options, s => $"status {s}"));

        Assert.AreEqual("status STARTED", error.LastObservation);
        Assert.IsNull(error.InnerException, "A rejected value is not an error.");
    }

    [TestMethod]
    public async Task Delays_GrowByTheBackoffFactor_UpToTheMaximum()
    {
        // How many attempts fit in the timeout depends on the machine's load (this failed once on a busy CI machine with
        // a 400 ms timeout), so the series is checked on whatever delays happened: a second holds far more than four.
        var options = new PollOptions(TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(10), 2, TimeSpan.FromMilliseconds(40));

        var error = await Assert.ThrowsExactlyAsync<PollTimeoutException>(() =>
            Poll.UntilAsync("never", _ => Task.FromResult(false), ok => ok, options));

        // The delays follow 10, 20, 40, 40… until the deadline, where a wait is cut to the whole milliseconds that remain
        // (a timer may fire a little early, so there can be a second). It once ended in hundreds of sub-millisecond
        // waits, each a new attempt against the service: a fraction of a millisecond does not wait at all.
        var delays = error.Delays.Select(d => d.TotalMilliseconds).ToArray();
        var shown = $"delays: {string.Join(", ", delays)}";
        var firstCut = Enumerable.Range(0, delays.Length).FirstOrDefault(i => delays[i] != Math.Min(10d * Math.Pow(2, i), 40d), delays.Length);
        Assert.IsGreaterThanOrEqualTo(5, firstCut, shown);
        var tail = delays[firstCut..];
        Assert.IsLessThanOrEqualTo(3, tail.Length, shown);
        Assert.IsTrue(tail.All(d => d is >= 1d and < 40d && d == Math.Ceiling(d)), shown);
    }

    [TestMethod]
    public void IntervalAfter_FollowsTheGeometricSeries()
    {
        var options = new PollOptions(TimeSpan.FromMinutes(1), TimeSpan.FromMilliseconds(500), 1.5, TimeSpan.FromSeconds(5));

        Assert.AreEqual(TimeSpan.FromMilliseconds(500), options.IntervalAfter(1));
        Assert.AreEqual(TimeSpan.FromMilliseconds(750), options.IntervalAfter(2));
        Assert.AreEqual(TimeSpan.FromMilliseconds(1125), options.IntervalAfter(3));
        Assert.AreEqual(TimeSpan.FromSeconds(5), options.IntervalAfter(50));
    }

    [TestMethod]
    public async Task InvalidOptions_AreRejectedBeforeAnyAttempt()
    {
        var attempts = 0;

        await Assert.ThrowsExactlyAsync<ArgumentException>(() =>
            Poll.UntilAsync("x", _ => Task.FromResult(++attempts), _ => true, Fast with { BackoffFactor = 0.5 }));

        Assert.AreEqual(0, attempts);
    }

    [TestMethod]
    public async Task CallerCancellation_StopsPollingWithoutATimeoutError()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));

        await Assert.ThrowsAsync<OperationCanceledException>(() =>
            Poll.UntilAsync("never", _ => Task.FromResult(false), ok => ok, PollOptions.Default, cancellationToken: cancel.Token));
    }
}
