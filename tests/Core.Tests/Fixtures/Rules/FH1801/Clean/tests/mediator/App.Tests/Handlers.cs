using System.Threading;
using System.Threading.Tasks;
using FluentValidation;
using MediatR;

namespace App.Tests;

public class Pinged : INotification { }

// Registered by RegisterServicesFromAssembly in ResolutionTests: nothing names them.
public class PingedHandler : INotificationHandler<Pinged>
{
    public Task Handle(Pinged notification, CancellationToken cancellationToken) => Task.CompletedTask;
}

public class PingedAlsoHandler : INotificationHandler<Pinged>
{
    public Task Handle(Pinged notification, CancellationToken cancellationToken) => Task.CompletedTask;
}

public class PingedValidator : AbstractValidator<Pinged> { }
