using Orders;

namespace Orders.UnitTests.Doubles;

/// <summary>A hand-written fake clock: the time is whatever the test says.</summary>
public sealed class FakeClock(DateTimeOffset now) : IClock
{
    public DateTimeOffset Now { get; set; } = now;
}

/// <summary>Records what would have been sent.</summary>
public sealed class RecordingNotifier : INotifier
{
    public List<(string Customer, string Message)> Sent { get; } = [];

    public Task SendAsync(string customer, string message)
    {
        Sent.Add((customer, message));
        return Task.CompletedTask;
    }
}
