using System;
using System.Reflection;
using Autofac;
using Di.Tests.ScannedAssembly;
using Xunit;

namespace Di.Tests;

public class ScanningTests
{
    [Fact]
    public void RegistersModulesFoundInTheAssembly()
    {
        var builder = new ContainerBuilder();
        builder.RegisterAssemblyModules(typeof(AComponent).GetTypeInfo().Assembly);
        using var container = builder.Build();
        Assert.True(container.IsRegistered(typeof(AComponent)));
    }
}
