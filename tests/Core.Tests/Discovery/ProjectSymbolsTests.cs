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

        CollectionAssert.AreEqual(new[] { "FEATURE_A", "FEATURE_B" }, symbols.Symbols.ToArray());
        CollectionAssert.AreEqual(new[] { "RELEASE_ONLY" }, symbols.OtherSymbols.ToArray());
    }

    [TestMethod]
    [DataRow("net8.0", " '$(TargetFramework)' == 'net8.0' ", true)]
    [DataRow("net10.0", " '$(TargetFramework)' == 'net8.0' ", false)]
    [DataRow("net10.0", "'$(TargetFramework)' != 'net472'", true)]
    [DataRow("net472", "'$(TargetFrameworkIdentifier)' == '.NETFramework'", true)]
    [DataRow("net472", "$(TargetFramework.StartsWith('net4'))", true)]
    [DataRow("net8.0", "$(TargetFramework.StartsWith('net4'))", false)]
    [DataRow("net8.0", "$([MSBuild]::IsTargetFrameworkCompatible('$(TargetFramework)', 'net6.0'))", true)]
    [DataRow("net8.0", "$([MSBuild]::IsTargetFrameworkCompatible('$(TargetFramework)', 'net10.0'))", false)]
    [DataRow("net8.0", "'$(TargetFramework)' == 'net6.0' Or '$(TargetFramework)' == 'net8.0'", true)]
    [DataRow("net8.0", "'$(TargetFramework)|$(Configuration)' == 'net8.0|Debug'", true)]
    [DataRow("net8.0", "'$(TargetFramework)' == 'net8.0' and '$(OS)' == 'Windows_NT'", false)]
    [DataRow("net8.0", "'$(TargetFramework)' == 'net8.0' or '$(OS)' == 'Windows_NT'", true)]
    public void Condition_IsJudgedForTheModelledTarget(string target, string condition, bool expected) =>
        Assert.AreEqual(expected, ProjectSymbols.Holds(condition, target));

    [TestMethod]
    public void TargetFrameworks_OneTargetIsModelled_TheHighestModernOne()
    {
        var build = ProjectSymbols.FromText("""
            <Project>
              <PropertyGroup><TargetFrameworks>net462;net8.0;net10.0</TargetFrameworks></PropertyGroup>
              <PropertyGroup Condition="'$(TargetFramework)' == 'net462'"><DefineConstants>$(DefineConstants);HAVE_SERIALIZATION</DefineConstants></PropertyGroup>
              <PropertyGroup Condition="'$(TargetFramework)' == 'net8.0'"><DefineConstants>NETSTANDARD2_0;HAVE_SPAN</DefineConstants></PropertyGroup>
              <PropertyGroup Condition="'$(TargetFramework)' == 'net10.0'"><DefineConstants>HAVE_SPAN;HAVE_DATE_ONLY</DefineConstants></PropertyGroup>
            </Project>
            """);

        Assert.AreEqual("net10.0", build.TargetFramework);
        CollectionAssert.AreEqual(new[] { "HAVE_DATE_ONLY", "HAVE_SPAN" }, build.Symbols.ToArray());
        CollectionAssert.IsSubsetOf(new[] { "HAVE_SERIALIZATION", "NETSTANDARD2_0", "NETFRAMEWORK", "NET462", "NET8_0" }, build.OtherSymbols.ToArray());
        CollectionAssert.DoesNotContain(build.OtherSymbols.ToArray(), "HAVE_SPAN");
    }

    [TestMethod]
    public void TargetFrameworks_NetFrameworkOnly_ThatFrameworksSymbols()
    {
        var build = ProjectSymbols.FromText("""
            <Project>
              <PropertyGroup><TargetFrameworks>net452;net472</TargetFrameworks></PropertyGroup>
              <PropertyGroup Condition="'$(TargetFrameworkIdentifier)' == '.NETFramework'"><DefineConstants>FEATURE_APPDOMAIN</DefineConstants></PropertyGroup>
            </Project>
            """);

        Assert.AreEqual("net472", build.TargetFramework);
        CollectionAssert.AreEqual(new[] { "FEATURE_APPDOMAIN" }, build.Symbols.ToArray());
        CollectionAssert.AreEqual(
            new[] { "DEBUG", "TRACE", "NETFRAMEWORK", "NET472", "NET20_OR_GREATER", "NET35_OR_GREATER", "NET40_OR_GREATER", "NET45_OR_GREATER", "NET451_OR_GREATER", "NET452_OR_GREATER", "NET46_OR_GREATER", "NET461_OR_GREATER", "NET462_OR_GREATER", "NET47_OR_GREATER", "NET471_OR_GREATER", "NET472_OR_GREATER" },
            ProjectSymbols.FrameworkSymbols(build.TargetFramework!).ToArray(), "the symbols of the build it models, not net452's");
    }

    [TestMethod]
    public void MalformedOrHostileProjectFiles_AreAnUnknownBuild_NotACrash()
    {
        // a version past int's range threw OverflowException out of discovery; one just inside it asked for 2 billion symbols
        var huge = ProjectSymbols.FromText("<Project><PropertyGroup><TargetFramework>net99999999999.0</TargetFramework></PropertyGroup></Project>");
        var large = ProjectSymbols.FromText("<Project><PropertyGroup><TargetFrameworks>net2000000000.0;net8.0</TargetFrameworks></PropertyGroup></Project>");
        // '!((((…' nested deeper than the stack: the condition is unknown, so it does not hold
        var deep = ProjectSymbols.Holds(new string('!', 1) + new string('(', 200_000) + "'$(Configuration)' == 'Debug'" + new string(')', 200_000));

        Assert.IsNull(huge.TargetFramework);
        Assert.AreEqual("net8.0", large.TargetFramework);
        Assert.IsFalse(deep);
    }

    [TestMethod]
    public void FrameworkSymbols_Net8_HasItsVersionAndNotLaterOnes()
    {
        var symbols = ProjectSymbols.FrameworkSymbols("net8.0");

        CollectionAssert.IsSubsetOf(new[] { "NET", "NETCOREAPP", "NET8_0", "NET8_0_OR_GREATER", "NET5_0_OR_GREATER", "NETCOREAPP3_1_OR_GREATER" }, symbols.ToArray());
        CollectionAssert.DoesNotContain(symbols.ToArray(), "NET9_0_OR_GREATER");
        CollectionAssert.DoesNotContain(symbols.ToArray(), "NETFRAMEWORK");
    }
}
