namespace Shop.Tests.Unit.Support;

public sealed class InMemoryClock : IClock
{
    public DateTimeOffset Now { get; set; } = DateTimeOffset.UnixEpoch;
}
