using System;
using Autofac;

namespace Di.Tests.ScannedAssembly;

public class AComponent { }

// Counted by RegisterAssemblyTypes(...).Where(t => typeof(IDisposable).IsAssignableFrom(t)): never named.
public class ADisposable : IDisposable
{
    public void Dispose() { }
}

// Found by RegisterAssemblyModules(scenarioAssembly).
public class BModule : Module
{
    protected override void Load(ContainerBuilder builder) => builder.RegisterType<AComponent>();
}
