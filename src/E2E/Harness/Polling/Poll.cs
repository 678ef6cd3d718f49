using System.Diagnostics;

namespace FloeHarden.E2E.Harness.Polling;

/// <summary>The one polling primitive of the E2E harness. Every wait in a scenario goes through
/// here, so each timeout names what it waited for and what it saw last.</summary>
public static class Poll
{
    /// <summary>Calls <paramref name="attempt"/> until <paramref name="accept"/> holds for its result.
    /// An attempt that throws counts as a failed attempt and its error becomes the last observation.</summary>
    /// <param name="describe">Renders a rejected result for the failure message.</param>
    public static async Task<T> UntilAsync<T>(
        string description,
        Func<CancellationToken, Task<T>> attempt,
        Func<T, bool> accept,
        PollOptions options,
        Func<T, string>? describe = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        options.Validate();
        describe ??= value => value?.ToString() ?? "null";

        var clock = Stopwatch.StartNew();
        var delays = new List<TimeSpan>();
        var lastObservation = "no attempt completed";
        Exception? lastError = null;
        for (var attempts = 1; ; attempts++)
        {
            using var attemptBudget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            attemptBudget.CancelAfter(Remaining(options.Timeout, clock.Elapsed, floor: TimeSpan.FromMilliseconds(50)));
            try
            {
                var value = await attempt(attemptBudget.Token).ConfigureAwait(false);
                if (accept(value))
                {
                    return value;
                }

                lastObservation = describe(value);
                lastError = null;
            }
            catch (Exception error) when (!cancellationToken.IsCancellationRequested && error is not PollTimeoutException)
            {
                lastObservation = $"{error.GetType().Name}: {error.Message}";
                lastError = error;
            }

            var remaining = options.Timeout - clock.Elapsed;
            if (remaining <= TimeSpan.Zero)
            {
                throw new PollTimeoutException(description, options.Timeout, attempts, lastObservation, delays, lastError);
            }

            // The last wait is cut to the time that remains, rounded up to whole milliseconds: a timer fires at
            // millisecond granularity, and a wait of a fraction of one ended at once, so the final millisecond before
            // the deadline became hundreds of back-to-back attempts against the service.
            var delay = options.IntervalAfter(attempts);
            delay = delay < remaining ? delay : TimeSpan.FromMilliseconds(Math.Ceiling(remaining.TotalMilliseconds));
            delays.Add(delay);
            await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Polls a condition that either holds or throws/returns false.</summary>
    public static Task UntilTrueAsync(
        string description,
        Func<CancellationToken, Task<bool>> condition,
        PollOptions options,
        CancellationToken cancellationToken = default) =>
        UntilAsync(description, condition, ok => ok, options, ok => ok ? "condition held" : "condition was false", cancellationToken);

    private static TimeSpan Remaining(TimeSpan timeout, TimeSpan elapsed, TimeSpan floor)
    {
        var remaining = timeout - elapsed;
        return remaining > floor ? remaining : floor;
    }
}
