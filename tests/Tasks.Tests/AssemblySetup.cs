using FloeHarden.Tasks.Tests.Support;

namespace FloeHarden.Tasks.Tests;

[TestClass]
public static class AssemblySetup
{
    [AssemblyInitialize]
    public static void PackOnce(TestContext context) => PackageFeed.Pack();

    [AssemblyCleanup]
    public static void RemoveWorkRoot() => PackageFeed.Clean();
}
