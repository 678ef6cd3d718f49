using System.Linq;
using FluentValidation;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace App.Tests;

public class ResolutionTests
{
    [Fact]
    public void ResolvesAllNotificationHandlersFromTheAssembly()
    {
        var services = new ServiceCollection();
        services.AddMediatR(cfg => cfg.RegisterServicesFromAssembly(typeof(ResolutionTests).Assembly));
        services.AddValidatorsFromAssemblyContaining<ResolutionTests>();
        var provider = services.BuildServiceProvider();
        Assert.Equal(2, provider.GetServices<INotificationHandler<Pinged>>().Count());
    }
}
