namespace FloeHarden.E2E.Harness.Polling;

/// <summary>Raised when a polled condition never held: says what was awaited, for how long,
/// how many attempts were made and what the last attempt saw.</summary>
public sealed class PollTimeoutException : TimeoutException
{
    public PollTimeoutException(string description, TimeSpan timeout, int attempts, string lastObservation, IReadOnlyList<TimeSpan> delays, Exception? lastError)
        : base($"Timed out after {timeout.TotalSeconds:0.###}s waiting for {description} ({attempts} attempt{(attempts == 1 ? "" : "s")}); last observation: {lastObservation}", lastError)
    {
        Description = description;
        Attempts = attempts;
        LastObservation = lastObservation;
        Delays = delays;
    }

    public string Description { get; }

    public int Attempts { get; }

    public string LastObservation { get; }

    /// <summary>The pauses taken between attempts, in order.</summary>
    public IReadOnlyList<TimeSpan> Delays { get; }
}
