using System.Collections.Immutable;
using FloeHarden.Core.Analyses;
using FloeHarden.Core.Analyses.Infrastructure;
using FloeHarden.Core.Config;
using FloeHarden.Core.Model;

namespace FloeHarden.Core.Tests.Analyses;

/// <summary>
/// The inventory leaves out types that run tests — their own or inherited — judged per declaration: a type that shares
/// its name with a test class elsewhere is still inventoried. Built from models, so that no name is referenced anywhere.
/// </summary>
[TestClass]
public sealed class InfrastructureTestClassesTests
{
    [TestMethod]
    public void TypeNamedLikeATestClassElsewhere_IsInventoried_ButATypeInheritingTests_IsNot()
    {
        var files = ImmutableArray.Create(
            File("tests/Samples/TraceWriter.cs", new TypeDeclaration("TraceWriter", 3, 9, [], 1, HasTests: true, IsFakeShaped: false), Test("TraceWriter", "Example", 5)),
            File("tests/TestObjects/TraceWriter.cs", new TypeDeclaration("TraceWriter", 3, 9, ["IMyInterface"], 2, HasTests: false, IsFakeShaped: false)),
            File("tests/Stores/StoreTests.cs", new TypeDeclaration("StoreTests", 3, 12, [], 1, HasTests: true, IsFakeShaped: false), Test("StoreTests", "Saves", 6)),
            File("tests/Stores/SqliteStoreTests.cs", new TypeDeclaration("SqliteStoreTests", 3, 4, ["SqliteStoreBase"], 0, HasTests: false, IsFakeShaped: false)),
            File("tests/Stores/SqliteStoreBase.cs", new TypeDeclaration("SqliteStoreBase", 3, 4, ["StoreTests"], 0, HasTests: false, IsFakeShaped: false)));
        var root = Path.GetTempPath();

        var items = InfrastructureInventory.Build(new AuditInput(root, ConfigLoader.Defaults(root), files));

        CollectionAssert.AreEquivalent(new[] { "tests/TestObjects/TraceWriter.cs:TraceWriter:0" }, items.Select(i => $"{i.File.Path}:{i.Name}:{i.Usages}").ToArray());
    }

    private static SourceFileModel File(string path, TypeDeclaration type, params CodeUnit[] units) => new()
    {
        Path = path,
        Language = SourceLanguage.CSharp,
        Project = "Shop.Tests",
        Types = [type],
        Units = [.. units],
    };

    private static CodeUnit Test(string container, string name, int line) => new() { Name = name, Container = container, Kind = CodeUnitKind.Test, Line = line, EndLine = line + 2 };
}
