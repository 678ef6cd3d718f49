using FloeHarden.Core.Config;
using FloeHarden.Core.Discovery;
using FloeHarden.Core.Frontends;
using FloeHarden.Core.Frontends.CSharp;
using FloeHarden.Core.Tests.Support;

namespace FloeHarden.Core.Tests.Frontends;

/// <summary>Which C# methods are tests: the frameworks' attributes and the ones a project derives from them.</summary>
[TestClass]
public sealed class CSharpTestDiscoveryTests
{
    [TestMethod]
    public void AttributeDerivedFromFactInTheFile_MarksTests()
    {
        var file = CSharpFrontend.ParseText(
            """
            public class SqliteTests
            {
                [FactSqlite]
                public void ReadsRow() => Assert.Equal(1, Db.Scalar("select 1"));

                public void Helper() { }

                public sealed class FactSqliteAttribute : FactAttribute { }
            }
            """,
            "SqliteTests.cs",
            null);

        CollectionAssert.AreEqual(new[] { "SqliteTests.ReadsRow" }, file.Tests.Select(t => t.QualifiedName).ToArray());
    }

    [TestMethod]
    public void AttributeNotDerivedFromATestAttribute_DoesNotMarkTests()
    {
        var file = CSharpFrontend.ParseText(
            """
            public class Widgets
            {
                [Cached]
                public int Count() => 1;

                public sealed class CachedAttribute : System.Attribute { }
            }
            """,
            "Widgets.cs",
            null);

        Assert.IsEmpty(file.Tests.ToList());
    }

    [TestMethod]
    public void DocSnippetsSuiteShapesAndAssemblyAnchors_AreRecorded()
    {
        var file = CSharpFrontend.ParseText(
            """
            using System.Reflection;

            public class Plain { }

            #region sample_configure
            public class Configured { }
            #endregion

            public class Holder
            {
                // begin-snippet: holder_use
                public void Use() { }
                // end-snippet
            }

            public class orders_compliance : OrdersCompliance<StoreFixture>;

            public class QueryTests : QueryTestBase<Northwind> { }

            internal class hidden_compliance : OrdersCompliance<StoreFixture>;

            public class Names : List<string> { }

            public class Scanner
            {
                public void Scan() => Register(typeof(Plain).Assembly, typeof(Holder).GetTypeInfo().Assembly, GetType().Assembly);
            }
            """,
            "Samples.cs",
            null);

        CollectionAssert.AreEqual(new[] { "Configured", "Holder" }, file.Types.Where(t => t.IsDocSample).Select(t => t.Name).ToArray());
        CollectionAssert.AreEqual(new[] { "orders_compliance", "QueryTests" }, file.Types.Where(t => t.MayInheritTests).Select(t => t.Name).ToArray());
        CollectionAssert.AreEqual(new[] { "Plain", "Holder" }, file.AssemblyOfTypes.ToArray());
    }

    [TestMethod]
    public void ExtensionBlockMembers_AreHelpersOfTheEnclosingClass()
    {
        var file = CSharpFrontend.ParseText(
            """
            public static class TextAssertions
            {
                extension(string s)
                {
                    // floe-audit: ignore FH1801 used by the generated tests
                    public void ShouldBeBlank() { if (!string.IsNullOrWhiteSpace(s)) throw new System.Exception(s); }

                    public bool IsBlank => string.IsNullOrWhiteSpace(s);
                }

                public static void ShouldNotBeBlank(this string s) => Assert.IsFalse(string.IsNullOrWhiteSpace(s));
            }
            """,
            "TextAssertions.cs",
            null);

        CollectionAssert.AreEqual(new[] { "TextAssertions.ShouldBeBlank", "TextAssertions.ShouldNotBeBlank" }, file.Units.Select(u => u.QualifiedName).ToArray(), string.Join(",", file.Units.Select(u => $"{u.QualifiedName}:{u.Kind}")));
        Assert.AreEqual("TextAssertions", file.Types.Single().Name);
        Assert.IsTrue(file.Types.Single().HasExtensionMethods);
        Assert.AreEqual(5, file.Suppressions.Single().Line);
        Assert.IsEmpty(file.Problems.ToList());
    }

    [TestMethod]
    public void TestsUnderTheFrameworkAndProjectSymbols_AreFound()
    {
        const string Source = """
            public class FooTests
            {
                [Fact] public void Always() => Assert.Equal(2, 1 + 1);
            #if NETCOREAPP3_1_OR_GREATER
                [Fact] public void OnCore31Plus() => Assert.Equal(4, 2 + 2);
            #endif
            #if NET5_0_OR_GREATER && NETCOREAPP2_0_OR_GREATER
                [Fact] public void OnNet5Plus() => Assert.Equal(6, 3 + 3);
            #endif
            #if FEATURE_X
                [Fact] public void OnFeatureX() => Assert.Equal(8, 4 + 4);
            #endif
            #if NETSTANDARD2_0 || NETFRAMEWORK || RELEASE
                [Fact] public void OnOtherBuilds() => Assert.Equal(10, 5 + 5);
            #endif
            }
            """;

        var plain = CSharpFrontend.ParseText(Source, "FooTests.cs", "Foo.Tests");
        var withProjectSymbols = CSharpFrontend.ParseText(Source, "FooTests.cs", "Foo.Tests", ["FEATURE_X"]);

        CollectionAssert.AreEqual(new[] { "FooTests.Always", "FooTests.OnCore31Plus", "FooTests.OnNet5Plus" }, plain.Tests.Select(t => t.QualifiedName).ToArray());
        CollectionAssert.AreEqual(
            new[] { "FooTests.Always", "FooTests.OnCore31Plus", "FooTests.OnNet5Plus", "FooTests.OnFeatureX" },
            withProjectSymbols.Tests.Select(t => t.QualifiedName).ToArray());
    }

    [TestMethod]
    public void AttributeDerivedInAnotherFile_AndThroughAChain_MarksTests()
    {
        using var tree = new TempTree()
            .Write("tests/Api.Tests/Helpers/IntegrationTestAttribute.cs", "public class IntegrationTestAttribute : Xunit.FactAttribute { }\n")
            .Write("tests/Api.Tests/Helpers/OrganizationTestAttribute.cs", "public sealed class OrganizationTestAttribute : IntegrationTestAttribute { }\n")
            .Write("tests/Api.Tests/Helpers/ConventionTestAttribute.cs", "public sealed class ConventionTestAttribute : System.Attribute { }\n")
            .Write(
                "tests/Api.Tests/ClientTests.cs",
                "public class ClientTests\n{\n    [IntegrationTest]\n    public void GetsTheUser() => Xunit.Assert.Equal(4, Api.Add(2, 2));\n\n"
                + "    [OrganizationTest]\n    public void ListsTheTeams() => Xunit.Assert.Equal(3, Api.Teams().Count);\n\n"
                + "    [ConventionTest]\n    public void NotATest() { }\n}\n");
        var discovered = FileDiscovery.Discover(tree.Root, ConfigLoader.Defaults(tree.Root)).Files;

        var files = new CSharpFrontend().Parse(discovered, new FrontendOptions(1 << 20), CancellationToken.None).Files;

        CollectionAssert.AreEqual(
            new[] { "ClientTests.GetsTheUser", "ClientTests.ListsTheTeams" },
            files.SelectMany(f => f.Tests).Select(t => t.QualifiedName).ToArray());
    }

    [TestMethod]
    public void AttributeDerivedLater_InAnotherFile_MarksTheTestsOfAFileTheCacheAlreadyHolds()
    {
        using var tree = new TempTree()
            .Write("tests/Api.Tests/ClientTests.cs", "public class ClientTests\n{\n    [IntegrationTest]\n    public void GetsTheUser() => Xunit.Assert.Equal(4, Api.Add(2, 2));\n}\n");
        var cache = Directory.CreateTempSubdirectory("floe-cache-").FullName;
        try
        {
            var before = AuditEngine.Run(new AuditOptions { Root = tree.Root, CacheDirectory = cache });
            tree.Write("tests/Api.Tests/Helpers/IntegrationTestAttribute.cs", "public class IntegrationTestAttribute : Xunit.FactAttribute { }\n");

            var after = AuditEngine.Run(new AuditOptions { Root = tree.Root, CacheDirectory = cache });

            Assert.AreEqual(0, before.Summary.Tests, "without the attribute class, [IntegrationTest] marks nothing");
            Assert.AreEqual(1, after.Summary.Tests, "the unchanged ClientTests.cs is not read back from the cache as it was");
        }
        finally
        {
            Directory.Delete(cache, recursive: true);
        }
    }
}
