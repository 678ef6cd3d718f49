using FloeHarden.Core.Discovery;

namespace FloeHarden.Core.Tests.Discovery;

/// <summary>Which &lt;DefineConstants&gt; conditions hold for the build the C# frontend models: Debug, a modern .NET target, nothing else set.</summary>
[TestClass]
public sealed class ProjectSymbolsTests
{
    [TestMethod]
    [DataRow(null, true)]
    [DataRow(" '$(TargetFramework)' == 'net8.0' ", true)]
    [DataRow("'$(TargetFramework)' == 'net10.0-windows'", true)]
    [DataRow("'$(TargetFramework)' == 'netcoreapp3.1'", true)]
    [DataRow("'$(TargetFrameworkIdentifier)' == '.NETCoreApp'", true)]
    [DataRow("$([MSBuild]::IsTargetFrameworkCompatible('$(TargetFramework)', 'net6.0'))", true)]
    [DataRow("'$(Configuration)' == 'Debug'", true)]
    [DataRow("'$(Configuration)|$(Platform)' == 'Debug|AnyCPU'", true)]
    [DataRow(" '$(TargetFramework)' == 'net472' ", false)]
    [DataRow("'$(TargetFramework)' == 'netstandard2.0'", false)]
    [DataRow("'$(TargetFramework)' != 'net8.0'", false)]
    [DataRow("!$([MSBuild]::IsTargetFrameworkCompatible('$(TargetFramework)', 'net6.0'))", false)]
    [DataRow("'$(Configuration)' == 'Release'", false)]
    [DataRow(" '$(Configuration)|$(Platform)' == 'NET45-Debug|AnyCPU' ", false)]
    [DataRow("'$(CI)' == 'true' and '$(Language)' == 'C#'", false)]
    [DataRow("'$(OS)' == 'Windows_NT'", false)]
    public void Condition_HoldsForTheModelledBuild(string? condition, bool expected) =>
        Assert.AreEqual(expected, ProjectSymbols.Holds(condition));

    [TestMethod]
    public void DefineConstants_LiteralSymbolsOnly()
    {
        var symbols = ProjectSymbols.FromText("""
            <Project>
              <PropertyGroup>
                <DefineConstants>$(DefineConstants);FEATURE_A; FEATURE_B ;$(Extra);</DefineConstants>
                <DefineConstants Condition="'$(Configuration)' == 'Release'">$(DefineConstants);RELEASE_ONLY</DefineConstants>
              </PropertyGroup>
            </Project>
            """);

        CollectionAssert.AreEqual(new[] { "FEATURE_A", "FEATURE_B" }, symbols.ToArray());
    }
}
