using FloeHarden.Core.Config;
using FloeHarden.Core.Discovery;

namespace FloeHarden.Core.Tests.Discovery;

/// <summary>Which files the audit reads: test folders named anywhere (the audited folder too), virtual environments never.</summary>
[TestClass]
public sealed class FileDiscoveryTests
{
    private string _root = "";

    [TestInitialize]
    public void CreateTree() => _root = Path.Combine(Path.GetTempPath(), "floe-discovery-" + Guid.NewGuid().ToString("N")[..12]);

    [TestCleanup]
    public void DeleteTree()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [TestMethod]
    public void AuditedTestFolder_ItsLooseFilesAreTests()
    {
        var tests = Write("repo/tests/SettingsTests.cs", "public class SettingsTests { }");
        Write("repo/tests/Support/Accessors.cs", "public static class Accessors { }");

        var found = Relative(FileDiscovery.Discover(Path.GetDirectoryName(tests)!, new AuditConfig { BaseDirectory = Path.GetDirectoryName(tests)! }));

        CollectionAssert.AreEqual(new[] { "SettingsTests.cs", "Support/Accessors.cs" }, found);
    }

    [TestMethod]
    public void FolderNamedEnv_IsAudited_UnlessItHoldsAVirtualEnvironment()
    {
        Write("tests/utils/env/test_env_manager.py", "def test_creates():\n    assert True\n");
        Write("tests/venv/test_inside_a_virtualenv.py", "def test_x():\n    assert True\n");
        Write("tests/venv/pyvenv.cfg", "home = /usr/bin\n");

        var found = Relative(FileDiscovery.Discover(_root, new AuditConfig { BaseDirectory = _root }));

        CollectionAssert.AreEqual(new[] { "tests/utils/env/test_env_manager.py" }, found);
    }

    [TestMethod]
    public void CSharpFile_CarriesTheSymbolsItsProjectAndDirectoryBuildFilesDefine()
    {
        Write(".git/HEAD", "ref: refs/heads/main\n");
        Write("Directory.Build.props", "<Project><PropertyGroup><DefineConstants>$(DefineConstants);ROOT_FEATURE</DefineConstants></PropertyGroup></Project>");
        Write("src/Directory.Build.props",
            "<Project><Import Project=\"$([MSBuild]::GetPathOfFileAbove('Directory.Build.props', '$(MSBuildThisFileDirectory)../'))\" />"
            + "<PropertyGroup Condition=\"'$(CI)' == 'true'\"><DefineConstants>CI;$(DefineConstants)</DefineConstants></PropertyGroup></Project>");
        Write("src/Directory.Build.targets", "<Project><PropertyGroup><DefineConstants>$(DefineConstants);FROM_TARGETS</DefineConstants></PropertyGroup></Project>");
        Write("src/Foo.Tests/Foo.Tests.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFrameworks>net472;net8.0</TargetFrameworks></PropertyGroup>
              <PropertyGroup Condition=" '$(TargetFramework)' == 'net472' "><DefineConstants>$(DefineConstants);FEATURE_SYSTEM_WEB</DefineConstants></PropertyGroup>
              <PropertyGroup Condition=" '$(TargetFramework)' == 'net8.0' "><DefineConstants>$(DefineConstants);FEATURE_DEFAULT_INTERFACE_IMPLEMENTATIONS</DefineConstants></PropertyGroup>
              <PropertyGroup Condition=" '$(Configuration)' == 'Release' "><DefineConstants>$(DefineConstants);RELEASE_ONLY</DefineConstants></PropertyGroup>
              <ItemGroup><PackageReference Include="xunit" Version="2.9.2" /></ItemGroup>
            </Project>
            """);
        Write("src/Foo.Tests/FooTests.cs", "public class FooTests { }");

        var file = FileDiscovery.Discover(_root, new AuditConfig { BaseDirectory = _root }).Files.Single();

        CollectionAssert.AreEqual(new[] { "FEATURE_DEFAULT_INTERFACE_IMPLEMENTATIONS", "FROM_TARGETS", "ROOT_FEATURE" }, file.DefineConstants.ToArray());
    }

    [TestMethod]
    public void CSharpFile_CarriesTheSymbolsOfPropsFilesItsProjectImports()
    {
        Write(".git/HEAD", "ref: refs/heads/main\n");
        Write("buildscripts/common.props", """
            <Project>
              <Import Project="$(MSBuildThisFileDirectory)common.props" />
              <Import Project="$(MSBuildThisFileDirectory)features.props" Condition="Exists('$(MSBuildThisFileDirectory)features.props')" />
              <Import Project="$(SolutionDir)missing.props" />
              <PropertyGroup Condition="'$(TargetFramework)' == 'net8.0' or '$(TargetFramework)' == 'net9.0'"><DefineConstants>$(DefineConstants);FEATURE_BYREFLIKE</DefineConstants></PropertyGroup>
              <PropertyGroup Condition="'$(TargetFramework)' == 'net462'"><DefineConstants>$(DefineConstants);FEATURE_SERIALIZATION</DefineConstants></PropertyGroup>
            </Project>
            """);
        Write("buildscripts/features.props", "<Project><PropertyGroup><DefineConstants>$(DefineConstants);FEATURE_FROM_NESTED</DefineConstants></PropertyGroup></Project>");
        Write("src/Lib.Tests/Lib.Tests.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="..\..\buildscripts\common.props" />
              <Import Project="..\..\buildscripts\nowhere.props" />
              <PropertyGroup><TargetFrameworks>net462;net8.0;net9.0</TargetFrameworks></PropertyGroup>
              <ItemGroup><PackageReference Include="NUnit" /></ItemGroup>
            </Project>
            """);
        Write("src/Lib.Tests/SpanTests.cs", "public class SpanTests { }");

        var file = FileDiscovery.Discover(_root, new AuditConfig { BaseDirectory = _root }).Files.Single();

        Assert.AreEqual("net9.0", file.TargetFramework);
        CollectionAssert.AreEqual(new[] { "FEATURE_BYREFLIKE", "FEATURE_FROM_NESTED" }, file.DefineConstants.ToArray());
        CollectionAssert.Contains(file.OtherBuildSymbols.ToArray(), "FEATURE_SERIALIZATION");
    }

    [TestMethod]
    public void TestFrameworkExtensionLibrary_IsNotATestProject()
    {
        Write("src/Acme.Xunit/Acme.Xunit.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <PackageReference Include="xunit.extensibility.execution" Version="2.9.2" />
                <PackageReference Include="xunit.abstractions" Version="2.0.3" />
                <PackageReference Include="xunit.analyzers" Version="1.16.0" />
                <PackageReference Include="NUnit.Analyzers" Version="4.0.0" />
                <PackageReference Include="MSTest.Analyzers" Version="3.6.0" />
              </ItemGroup>
            </Project>
            """);
        Write("src/Acme.Xunit/DbContainerTest.cs", "public abstract class DbContainerTest { }");
        Write("src/Acme.Lib.Specs/Acme.Lib.Specs.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"xunit.v3\" /></ItemGroup></Project>");
        Write("src/Acme.Lib.Specs/LoggerSpec.cs", "public class LoggerSpec { }");

        var found = Relative(FileDiscovery.Discover(_root, new AuditConfig { BaseDirectory = _root }));

        CollectionAssert.AreEqual(new[] { "src/Acme.Lib.Specs/LoggerSpec.cs" }, found);
    }

    [TestMethod]
    public void TestKitBuiltOnAFrameworksOwnPackages_ContributesTheFilesThatDeclareTests()
    {
        // Orleans' Transactions.TestKit.xUnit: abstract test classes the repository's test projects derive from and run
        Write("src/Acme.TestKit.xUnit/Acme.TestKit.xUnit.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <PackageReference Include="xunit.v3.extensibility.core" />
                <PackageReference Include="xunit.v3.assert" />
              </ItemGroup>
            </Project>
            """);
        Write("src/Acme.TestKit.xUnit/GoldenPathTestRunner.cs", "public abstract class GoldenPathTestRunner\n{\n    [Fact]\n    public void Commits() => Assert.True(Store.Commit());\n}\n");
        Write("src/Acme.TestKit.xUnit/TestKitOptions.cs", "public sealed class TestKitOptions { public int Retries { get; set; } }\n");
        Write("src/Acme.TestKit.xUnit/Theories.cs", "public abstract class Theories\n{\n    [Xunit.Theory, InlineData(1)]\n    public void Reads(int id) => Assert.Equal(id, Store.Read(id));\n}\n");

        var found = Relative(FileDiscovery.Discover(_root, new AuditConfig { BaseDirectory = _root }));

        CollectionAssert.AreEqual(new[] { "src/Acme.TestKit.xUnit/GoldenPathTestRunner.cs", "src/Acme.TestKit.xUnit/Theories.cs" }, found);
    }

    [TestMethod]
    public void TestFrameworkFromImportedPropsOrDirectoryBuildFiles_MakesATestProject()
    {
        // AutoFixture: <Import Project="..\Common.Test.xUnit.props" /> brings xunit, its runner and the test SDK
        Write(".git/HEAD", "ref: refs/heads/main\n");
        Write("Directory.Build.props", """
            <Project>
              <ItemGroup Condition="'$(IsTestProject)' == 'true'">
                <PackageReference Include="xunit" />
                <PackageReference Include="Microsoft.NET.Test.Sdk" />
              </ItemGroup>
            </Project>
            """);
        Write("Src/Common.Test.xUnit.props", """
            <Project>
              <ItemGroup>
                <PackageReference Include="xunit" Version="2.4.1" />
                <PackageReference Include="xunit.runner.visualstudio" Version="2.4.1" />
                <PackageReference Include="Microsoft.NET.Test.Sdk" Version="15.9.0" />
              </ItemGroup>
            </Project>
            """);
        Write("Src/Calc/Calc.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><Import Project=\"..\\Common.Test.xUnit.props\" /></Project>");
        Write("Src/Calc/CalcChecks.cs", "public class CalcChecks { }");
        Write("Src/Calc/Support/Numbers.cs", "public static class Numbers { }");
        Write("Src/Core/Core.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup></Project>");
        Write("Src/Core/Calculator.cs", "public class Calculator { }");
        Write("specs/Directory.Build.props", "<Project><PropertyGroup><IsTestProject>true</IsTestProject></PropertyGroup></Project>");
        Write("specs/Orders/Orders.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        Write("specs/Orders/OrderChecks.cs", "public class OrderChecks { }");

        var found = Relative(FileDiscovery.Discover(_root, new AuditConfig { BaseDirectory = _root }));

        CollectionAssert.AreEqual(new[] { "Src/Calc/CalcChecks.cs", "Src/Calc/Support/Numbers.cs", "specs/Orders/OrderChecks.cs" }, found);
    }

    [TestMethod]
    public void ProjectFolderNamedAfterItsKindOfTest_IsATestFolder()
    {
        Write("Src/IdiomsUnitTest/GuardClauseAssertionTest.cs", "public class GuardClauseAssertionTest { }");
        Write("Src/OrdersIntegrationTest/OrderStoreTest.cs", "public class OrderStoreTest { }");
        Write("Src/SpeedTest/Probe.cs", "public class Probe { }");

        var found = Relative(FileDiscovery.Discover(_root, new AuditConfig { BaseDirectory = _root }));

        CollectionAssert.AreEqual(new[] { "Src/IdiomsUnitTest/GuardClauseAssertionTest.cs", "Src/OrdersIntegrationTest/OrderStoreTest.cs" }, found);
    }

    [TestMethod]
    public void LibraryBuiltOnlyAgainstTheFramework_IsATestKitNotATestProject()
    {
        // AutoFixture.NUnit3 / AutoFixture.Xunit: shipped add-ons that reference NUnit or xunit 1.x, no runner, no test SDK
        Write("Src/Glue.NUnit3/Glue.NUnit3.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFrameworks>net452;netstandard2.0</TargetFrameworks><PackageId>Glue.NUnit3</PackageId></PropertyGroup>
              <ItemGroup><PackageReference Include="NUnit" Version="[3.7.0,4.0.0)" /></ItemGroup>
            </Project>
            """);
        Write("Src/Glue.NUnit3/GreedyAttribute.cs", "public sealed class GreedyAttribute : System.Attribute { }");
        Write("Src/Glue.Xunit/Glue.Xunit.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><IsPackable>true</IsPackable></PropertyGroup>
              <ItemGroup><PackageReference Include="xunit" Version="[1.8.0,2.0.0)" /></ItemGroup>
            </Project>
            """);
        Write("Src/Glue.Xunit/AutoDataAttribute.cs", "public sealed class AutoDataAttribute : System.Attribute { }");
        Write("Src/Glue.Xunit/SelfCheck.cs", "public abstract class SelfCheck\n{\n    [Fact]\n    public void Runs() => Assert.True(true);\n}\n");
        Write("Src/Glue.MSTest/Glue.MSTest.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>netstandard2.0</TargetFramework></PropertyGroup>
              <ItemGroup><PackageReference Include="MSTest.TestFramework" /></ItemGroup>
            </Project>
            """);
        Write("Src/Glue.MSTest/AutoDataSource.cs", "public sealed class AutoDataSource { }");
        // the runner comes from the build server: still a test project, its helpers too
        Write("Src/Shop.Specs/Shop.Specs.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net8.0</TargetFramework></PropertyGroup>
              <ItemGroup><PackageReference Include="NUnit" /></ItemGroup>
            </Project>
            """);
        Write("Src/Shop.Specs/CartSpec.cs", "public class CartSpec { }");
        Write("Src/Shop.Specs/CartBuilder.cs", "public class CartBuilder { }");

        var found = Relative(FileDiscovery.Discover(_root, new AuditConfig { BaseDirectory = _root }));

        CollectionAssert.AreEqual(new[] { "Src/Glue.Xunit/SelfCheck.cs", "Src/Shop.Specs/CartBuilder.cs", "Src/Shop.Specs/CartSpec.cs" }, found);
    }

    [TestMethod]
    public void ProjectReferencingATestKit_IsATestKit()
    {
        // Akka.Persistence.TCK gets xUnit through the Akka.TestKit.Xunit2 project; Akka.Persistence.Query.TCK through the TCK
        Write("src/My.TestKit.Xunit/My.TestKit.Xunit.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup><PackageReference Include="xunit.extensibility.core" Version="2.9.0" /></ItemGroup>
            </Project>
            """);
        Write("src/My.TestKit.Xunit/TestKit.cs", "public abstract class TestKit { }");
        Write("src/My.Persistence.TCK/My.Persistence.TCK.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup>
                <ProjectReference Include="..\My.Persistence\My.Persistence.csproj" />
                <ProjectReference Include="..\My.TestKit.Xunit\My.TestKit.Xunit.csproj" />
              </ItemGroup>
            </Project>
            """);
        Write("src/My.Persistence.TCK/JournalSpec.cs", "public abstract class JournalSpec : TestKit\n{\n    [Fact]\n    public void Replays() => Assert.Equal(1, Journal.Replay());\n}\n");
        Write("src/My.Persistence.TCK/JournalSpecConfig.cs", "public static class JournalSpecConfig { }");
        Write("src/My.Persistence.Query.TCK/My.Persistence.Query.TCK.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <ItemGroup><ProjectReference Include="../My.Persistence.TCK/My.Persistence.TCK.csproj" /></ItemGroup>
            </Project>
            """);
        Write("src/My.Persistence.Query.TCK/AllEventsSpec.cs", "public abstract class AllEventsSpec\n{\n    [Fact]\n    public void Reads() => Assert.Equal(1, Query.All());\n}\n");
        Write("src/My.Persistence/My.Persistence.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><ProjectReference Include=\"..\\My.Core\\My.Core.csproj\" /></ItemGroup></Project>");
        Write("src/My.Persistence/Journal.cs", "public class Journal { /* [Fact] */ }");
        Write("src/My.Core/My.Core.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\" />");
        Write("src/My.Core/Clock.cs", "public class Clock { }");

        var found = Relative(FileDiscovery.Discover(_root, new AuditConfig { BaseDirectory = _root }));

        CollectionAssert.AreEqual(new[] { "src/My.Persistence.Query.TCK/AllEventsSpec.cs", "src/My.Persistence.TCK/JournalSpec.cs" }, found);
    }

    [TestMethod]
    public void BinAndObjFolders_PrunedAsDotNetBuildOutputOnly()
    {
        Write("pyproject.toml", "[project]\nname = 'cli'\n");
        Write("tests/bin/test_cli.py", "def test_runs():\n    assert True\n");
        Write("tests/Obj/test_objects.py", "def test_objects():\n    assert True\n");
        Write("tests/Foo.Tests/Foo.Tests.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"xunit\" /></ItemGroup></Project>");
        Write("tests/Foo.Tests/FooTests.cs", "public class FooTests { }");
        Write("tests/Foo.Tests/obj/Debug/net8.0/Foo.Tests.AssemblyInfo.cs", "[assembly: System.Reflection.AssemblyTitle(\"x\")]");
        Write("tests/Foo.Tests/bin/Debug/net8.0/test_generated.py", "def test_copied():\n    assert True\n");
        Write("tests/Foo.Tests/Sub/obj/Gen.cs", "public class Gen { }");

        var found = Relative(FileDiscovery.Discover(_root, new AuditConfig { BaseDirectory = _root }));

        CollectionAssert.AreEqual(new[] { "tests/Foo.Tests/FooTests.cs", "tests/Obj/test_objects.py", "tests/bin/test_cli.py" }, found);
    }

    [TestMethod]
    public void PythonFolderNamedT_IsATestRoot_WhenATestModuleLiesUnderIt()
    {
        Write("kombu/connection.py", "class Connection: pass\n");
        Write("t/__init__.py", "");
        Write("t/mocks.py", "class Transport: pass\n");
        Write("t/integration/common.py", "class BasicFunctionality:\n    def test_connect(self):\n        assert True\n");
        Write("t/integration/test_amqp.py", "from .common import BasicFunctionality\n");
        Write("t/unit/aws/case.py", "class AWSCase: pass\n");
        Write("doc/data/messages/t/too-many-arguments/bad.py", "def f(a, b, c, d, e, f): pass\n");
        Write("src/t/Helper.cs", "public class Helper { }");

        var found = Relative(FileDiscovery.Discover(_root, new AuditConfig { BaseDirectory = _root }));

        CollectionAssert.AreEqual(new[] { "t/__init__.py", "t/integration/common.py", "t/integration/test_amqp.py", "t/mocks.py", "t/unit/aws/case.py" }, found);
    }

    [TestMethod]
    public void AuditedFolderNamedT_ItsPythonSupportModulesAreRead()
    {
        Write("t/integration/common.py", "class BasicFunctionality: pass\n");
        Write("t/integration/test_amqp.py", "from .common import BasicFunctionality\n");

        var root = Path.Combine(_root, "t");
        var found = Relative(FileDiscovery.Discover(root, new AuditConfig { BaseDirectory = root }));

        CollectionAssert.AreEqual(new[] { "integration/common.py", "integration/test_amqp.py" }, found);
    }

    [TestMethod]
    public void VerifySnapshotFiles_AreOutputNotCode()
    {
        Write("tests/Gen.Tests/Gen.Tests.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><ItemGroup><PackageReference Include=\"xunit\" /></ItemGroup></Project>");
        Write("tests/Gen.Tests/GeneratorTests.cs", "public class GeneratorTests { }");
        Write("tests/Gen.Tests/Snapshots/GeneratorTests.Emits#ApiClient.g.verified.cs", "public class ApiClient { }");
        Write("tests/Gen.Tests/Snapshots/GeneratorTests.Emits#ApiClient.g.received.cs", "public class ApiClient { }");
        Write("tests/Gen.Tests/Snapshots/GeneratorTests.Emits.verified.txt", "x");

        var found = Relative(FileDiscovery.Discover(_root, new AuditConfig { BaseDirectory = _root }));

        CollectionAssert.AreEqual(new[] { "tests/Gen.Tests/GeneratorTests.cs" }, found);
    }

    private string Write(string relative, string content)
    {
        var path = Path.Combine(_root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    private static string[] Relative(DiscoveryResult result) => [.. result.Files.Select(f => f.RelativePath)];
}
