using FloeHarden.Core.Config;
using FloeHarden.Core.Discovery;
using FloeHarden.Core.Frontends;
using FloeHarden.Core.Frontends.CSharp;
using FloeHarden.Core.Tests.Support;

namespace FloeHarden.Core.Tests.Frontends;

/// <summary>Source the extractor cannot follow costs that file, reported, never the audit of the others.</summary>
[TestClass]
public sealed class CSharpRobustnessTests
{
    [TestMethod]
    public void AConditionOfAHundredThousandTerms_SkipsItsFile_WithTheReason_AndTheOtherFilesAreAudited()
    {
        // a && chain nests one level per term; following it recursively overflowed the stack and killed the process
        var chain = string.Join(" && ", Enumerable.Repeat("b == 1", 100_000));
        using var tree = new TempTree()
            .Write("tests/Api.Tests/GeneratedTests.cs", $"public class GeneratedTests\n{{\n    int b = 1;\n\n    [Xunit.Fact]\n    public void All() => Xunit.Assert.True({chain});\n}}\n")
            .Write("tests/Api.Tests/ClientTests.cs", "public class ClientTests\n{\n    [Xunit.Fact]\n    public void Adds() => Xunit.Assert.Equal(4, Api.Add(2, 2));\n}\n");
        var discovered = FileDiscovery.Discover(tree.Root, ConfigLoader.Defaults(tree.Root)).Files;

        var files = new CSharpFrontend().Parse(discovered, new FrontendOptions(1 << 24), CancellationToken.None).Files;

        var generated = files.Single(f => f.Path.EndsWith("GeneratedTests.cs", StringComparison.Ordinal));
        var problem = generated.Problems.Single();
        Assert.IsTrue(problem.Skipped);
        Assert.StartsWith("its code nests too deeply to follow", problem.Message);
        CollectionAssert.AreEqual(new[] { "ClientTests.Adds" }, files.SelectMany(f => f.Tests).Select(t => t.QualifiedName).ToArray());
    }
}
