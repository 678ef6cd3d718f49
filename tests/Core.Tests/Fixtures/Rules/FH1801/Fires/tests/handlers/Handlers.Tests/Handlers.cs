using System;
using System.Threading;
using System.Threading.Tasks;
using MediatR;

namespace Handlers.Tests;

public class Pinged : INotification { }

public interface IClock { DateTime Now { get; } }

// This project scans no assembly: nothing registers the handler.
public class PingedHandler : INotificationHandler<Pinged> // plant: FH1801
{
    public Task Handle(Pinged notification, CancellationToken cancellationToken) => Task.CompletedTask;
}

// The tests resolve IClock from a container, but nothing registers this fake and nothing scans for it.
public class FixedClock : IClock // plant: FH1801
{
    public DateTime Now => new(2024, 1, 1);
}

// A handler-shaped class in a project that uses no convention-scanning framework: nothing finds it.
public class PingCommandHandler // plant: FH1801
{
    public void Handle(Pinged command) { }
}
