using System.Text.Json.Nodes;
using FloeHarden.E2E.Harness.Platform;
using FloeHarden.E2E.Harness.Processes;

namespace FloeHarden.E2E.Scenarios;

/// <summary>AC-2.5: a product that violates a governance policy (models without descriptions) is
/// rejected at compile time in strict mode, with the violation named, and compiles in warn mode.</summary>
[TestClass]
public sealed class GovernanceEnforcementTests : E2EScenario
{
    private static readonly DemoProduct Product = DemoProduct.Customer360;

    [TestMethod]
    [TestCategory("E2E")]
    [TestProperty("workflow", "AC-2.5")]
    public async Task StrictMode_RejectsTheViolation_AndNamesIt()
    {
        var platform = await RequireAsync(Needs.FloeRepo | Needs.FloeCli);
        using var workspace = RequireDescriptions(platform.Settings.Repo!, "strict");

        var result = await CompileAsync(platform, workspace);

        Assert.AreNotEqual(0, result.ExitCode, $"Strict governance accepted a product whose models lack descriptions.{Environment.NewLine}{result}");
        StringAssert.Contains(result.Output.ToLowerInvariant(), "description", $"The rejection does not name the violated policy.{Environment.NewLine}{result}");
        var transforms = Product.Transforms(platform.Settings.Repo!);
        Assert.IsTrue(transforms.Any(result.Output.Contains), $"The rejection names none of the offending models ({string.Join(", ", transforms)}).{Environment.NewLine}{result}");
    }

    [TestMethod]
    [TestCategory("E2E")]
    [TestProperty("workflow", "AC-2.5")]
    public async Task WarnMode_CompilesTheSameProduct_AndRecordsTheLevel()
    {
        var platform = await RequireAsync(Needs.FloeRepo | Needs.FloeCli);
        using var workspace = RequireDescriptions(platform.Settings.Repo!, "warn");

        var result = await CompileAsync(platform, workspace);

        Assert.AreEqual(0, result.ExitCode, result.ToString());
        var artifacts = JsonNode.Parse(await File.ReadAllTextAsync(ArtifactsPath(workspace), Cancellation))!;
        Assert.AreEqual("warn", artifacts["enforcement_result"]?["enforcement_level"]?.GetValue<string>());
        Assert.IsTrue(artifacts["enforcement_result"]?["passed"]?.GetValue<bool>() ?? false, "Warn mode must not fail enforcement.");
    }

    private static DemoWorkspace RequireDescriptions(string repo, string level)
    {
        var workspace = DemoWorkspace.CopyFrom(repo);
        workspace.SetManifestValue(level, "governance", "policy_enforcement_level");
        workspace.SetManifestValue("true", "governance", "quality_gates", "require_descriptions");
        workspace.SetManifestValue("true", "governance", "quality_gates", "block_on_failure");
        return workspace;
    }

    private static string ArtifactsPath(DemoWorkspace workspace) => Path.Combine(workspace.Root, "compiled_artifacts.json");

    private Task<ProcessResult> CompileAsync(PlatformSession platform, DemoWorkspace workspace) =>
        ProcessRunner.RunAsync(
            platform.Settings.FloeCli,
            ["platform", "compile", "--spec", Product.SpecPath(workspace.Root), "--manifest", workspace.ManifestPath, "--output", ArtifactsPath(workspace)],
            workspace.Root,
            TimeSpan.FromMinutes(5),
            cancellationToken: Cancellation);
}
