using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace Shop.UnitTests;

// The project's own check fails by throwing, not through Assert.
public static class MappingConfig
{
    public static void AssertConfigurationIsValid(IReadOnlyList<string> unmapped)
    {
        if (unmapped.Count > 0)
        {
            throw new InvalidOperationException($"Unmapped members: {string.Join(", ", unmapped)}");
        }
    }
}

[TestClass]
public class MappingConfigTests
{
    [TestMethod]
    public void OrderMap_MapsEveryMember() => MappingConfig.AssertConfigurationIsValid(OrderMap.UnmappedMembers());
}
