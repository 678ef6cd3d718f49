using FloeHarden.Core.Frontends.CSharp;

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
}
