using FloeHarden.E2E.Harness.Settings;

namespace FloeHarden.E2E.Tests.Harness;

/// <summary>docs/e2e.md documents every variable the harness reads, with the default it really has.</summary>
[TestClass]
public sealed class DocumentationTests
{
    private static string[] DocLines()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var doc = Path.Combine(folder.FullName, "docs", "e2e.md");
            if (File.Exists(doc) && File.Exists(Path.Combine(folder.FullName, "FloeHarden.sln")))
            {
                return File.ReadAllLines(doc);
            }
        }

        Assert.Fail("docs/e2e.md not found above the test assembly: run the tests from a checkout of the repository.");
        return [];
    }

    [TestMethod]
    public void EveryVariable_HasARowWithItsDefault()
    {
        var lines = DocLines();
        var problems = new List<string>();
        foreach (var variable in SettingVariables.All)
        {
            var row = lines.FirstOrDefault(l => l.StartsWith($"| `{variable.Name}` |", StringComparison.Ordinal));
            var expected = variable.Default is null ? "*(unset)*" : $"`{variable.Default}`";
            if (row is null)
            {
                problems.Add($"{variable.Name}: no table row");
            }
            else if (row.Split('|')[2].Trim() != expected)
            {
                problems.Add($"{variable.Name}: documented default {row.Split('|')[2].Trim()}, real default {expected}");
            }
        }

        Assert.IsEmpty(problems, string.Join(Environment.NewLine, problems));
    }
}
