using System.Reflection;
using FloeHarden.E2E.Harness.Platform;

namespace FloeHarden.E2E.Tests.Harness;

/// <summary>The scenario classes as the audit's E2E gap map sees them: one class per workflow
/// AC-2.1 … AC-2.10, each test in category E2E with its workflow property, destructive ones marked.</summary>
[TestClass]
public sealed class ScenarioCatalogTests
{
    private static readonly Type[] ScenarioClasses = [.. typeof(E2EScenario).Assembly.GetTypes()
        .Where(t => t.Namespace == "FloeHarden.E2E.Scenarios" && t.GetCustomAttribute<TestClassAttribute>() is not null)];

    private static IEnumerable<MethodInfo> Tests(Type type) => type.GetMethods().Where(m => m.GetCustomAttribute<TestMethodAttribute>() is not null);

    private static string Workflow(MethodInfo test) =>
        test.GetCustomAttributes<TestPropertyAttribute>().SingleOrDefault(p => p.Name == "workflow")?.Value ?? "(none)";

    private static IReadOnlyList<string> Categories(MethodInfo test) =>
        [.. test.GetCustomAttributes<TestCategoryAttribute>().SelectMany(c => c.TestCategories)];

    [TestMethod]
    public void EachWorkflow_HasExactlyOneScenarioClass()
    {
        var workflows = ScenarioClasses.Select(c => (Class: c.Name, Workflows: Tests(c).Select(Workflow).Distinct().ToList())).ToList();

        Assert.IsTrue(workflows.All(w => w.Workflows.Count == 1), "A class mixes workflows: " + string.Join("; ", workflows.Where(w => w.Workflows.Count != 1).Select(w => w.Class)));
        CollectionAssert.AreEquivalent(
            Enumerable.Range(1, 10).Select(i => $"AC-2.{i}").ToArray(),
            workflows.Select(w => w.Workflows[0]).ToArray());
    }

    [TestMethod]
    public void EveryScenarioTest_IsInCategoryE2E_AndDerivesFromTheHarnessBase()
    {
        var stray = ScenarioClasses.SelectMany(c => Tests(c).Where(t => !Categories(t).Contains("E2E")).Select(t => $"{c.Name}.{t.Name}")).ToList();

        Assert.IsEmpty(stray);
        Assert.IsTrue(ScenarioClasses.All(c => c.IsSubclassOf(typeof(E2EScenario))));
    }

    [TestMethod]
    public void DestructiveScenarios_AreExactlyServiceFailureAndHelmUpgrade()
    {
        var destructive = ScenarioClasses.SelectMany(Tests).Where(t => Categories(t).Contains("Destructive")).Select(Workflow).Distinct().Order().ToArray();

        CollectionAssert.AreEqual(new[] { "AC-2.7", "AC-2.9" }, destructive);
    }
}
