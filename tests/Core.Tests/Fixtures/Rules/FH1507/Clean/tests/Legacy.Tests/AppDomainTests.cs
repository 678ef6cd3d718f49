#if NETFRAMEWORK
using System;
using Xunit;

namespace Legacy.Tests;

// Compiled only for net472: its tests run in that build, the file is not dead.
public class AppDomainTests
{
    [Fact]
    public void CreatesADomain()
    {
        var domain = AppDomain.CreateDomain("isolated");
        Assert.Equal("isolated", domain.FriendlyName);
    }
}
#endif
