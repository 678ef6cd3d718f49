namespace FloeHarden.E2E.Harness.Polling;

/// <summary>How long and how often <see cref="Poll"/> retries: the interval starts at
/// <see cref="InitialInterval"/> and grows by <see cref="BackoffFactor"/> up to <see cref="MaxInterval"/>.</summary>
public sealed record PollOptions(TimeSpan Timeout, TimeSpan InitialInterval, double BackoffFactor, TimeSpan MaxInterval)
{
    /// <summary>Readiness of a service or a resource that is expected soon.</summary>
    public static PollOptions Default { get; } = new(TimeSpan.FromMinutes(2), TimeSpan.FromMilliseconds(500), 1.5, TimeSpan.FromSeconds(5));

    /// <summary>Slow work such as a Dagster run or a Helm rollout.</summary>
    public static PollOptions Long { get; } = new(TimeSpan.FromMinutes(10), TimeSpan.FromSeconds(1), 1.5, TimeSpan.FromSeconds(10));

    public PollOptions WithTimeout(TimeSpan timeout) => this with { Timeout = timeout };

    /// <summary>The pause before attempt <paramref name="attempt"/> + 1 (attempts count from 1).</summary>
    public TimeSpan IntervalAfter(int attempt)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attempt, 1);
        var ticks = InitialInterval.Ticks * Math.Pow(BackoffFactor, attempt - 1);
        return ticks >= MaxInterval.Ticks ? MaxInterval : TimeSpan.FromTicks((long)ticks);
    }

    internal void Validate()
    {
        if (Timeout <= TimeSpan.Zero)
        {
            throw new ArgumentException($"Timeout must be positive, was {Timeout}.", nameof(Timeout));
        }

        if (InitialInterval <= TimeSpan.Zero || MaxInterval < InitialInterval)
        {
            throw new ArgumentException($"Intervals must satisfy 0 < InitialInterval ({InitialInterval}) <= MaxInterval ({MaxInterval}).", nameof(InitialInterval));
        }

        if (BackoffFactor < 1)
        {
            throw new ArgumentException($"BackoffFactor must be at least 1, was {BackoffFactor}.", nameof(BackoffFactor));
        }
    }
}
