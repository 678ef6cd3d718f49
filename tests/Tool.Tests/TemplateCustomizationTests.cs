using FloeHarden.Tool.Tests.Support;

namespace FloeHarden.Tool.Tests;

/// <summary>Exported templates can be edited and passed back; broken ones fail only their own format, quickly and clearly.</summary>
[TestClass]
public sealed class TemplateCustomizationTests
{
    private static readonly string Fixture = Paths.RuleFixture("FH1101", "Fires");

    private static string Export()
    {
        var templates = Paths.NewTempDirectory();
        var run = Cli.Audit("templates", "export", templates);
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        return templates;
    }

    [TestMethod]
    public void Export_WritesEveryBuiltInTemplate_AndRefusesToOverwriteWithoutForce()
    {
        var templates = Export();
        File.WriteAllText(Path.Combine(templates, "report.md.scriban"), "edited");

        var again = Cli.Audit("templates", "export", templates);
        var forced = Cli.Audit("templates", "export", templates, "--force");

        foreach (var name in new[] { "report.md.scriban", "report.html.scriban", "html/chart.html.scriban", "sections/mocks.html.scriban", "partials/findings.md.scriban" })
        {
            Assert.IsTrue(File.Exists(Path.Combine(templates, name)), $"{name} was not exported");
        }

        Assert.AreEqual(2, again.ExitCode, again.ToString());
        StringAssert.Contains(again.Error, "pass --force to overwrite");
        Assert.AreEqual(0, forced.ExitCode, forced.ToString());
        StringAssert.StartsWith(File.ReadAllText(Path.Combine(templates, "report.md.scriban")), "{{~ # The floe-audit markdown report.");
    }

    [TestMethod]
    public void EditedPartial_ChangesTheReport_AndOtherTemplatesFallBackToBuiltIns()
    {
        var templates = Paths.NewTempDirectory();
        Directory.CreateDirectory(Path.Combine(templates, "sections"));
        File.WriteAllText(Path.Combine(templates, "sections", "mocks.summary.md.scriban"), "Team summary: {{ s.data.mockInstances }} mocks, {{ s.findings.critical }} critical.");
        var output = Paths.NewTempDirectory();

        var run = Cli.Audit(Fixture, "--output", output, "--format", "md,html", "--template-dir", templates);

        Assert.AreEqual(0, run.ExitCode, run.ToString());
        var markdown = File.ReadAllText(Path.Combine(output, "report.md"));
        StringAssert.Contains(markdown, "- **AC-1.1 Mock fallback catalog**: Team summary: 3 mocks, 4 critical.");
        StringAssert.Contains(markdown, "## AC-1.3 Assertion strength", "the built-in report.md.scriban still renders");
        StringAssert.Contains(File.ReadAllText(Path.Combine(output, "report.html")), "Team summary: 3 mocks, 4 critical.", "the HTML summary reuses the markdown section summary");
    }

    [TestMethod]
    public void SyntaxError_NamesTemplateFileLineAndColumn_AndOtherFormatsAreWritten()
    {
        var templates = Export();
        var broken = Path.Combine(templates, "html", "findings.html.scriban");
        File.AppendAllText(broken, "\n{{ for f in findings }}never closed\n");
        var lineOfError = File.ReadAllLines(broken).Length;
        var output = Paths.NewTempDirectory();

        var run = Cli.Audit(Fixture, "--output", output, "--format", "md,html,json,sarif", "--template-dir", templates);

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        // The error is in an included partial: the message names that file, not report.html.scriban.
        StringAssert.Contains(run.Error, $"floe-audit: html report not written: template error: {broken}({lineOfError},24): Error while parsing for statement");
        Assert.IsFalse(File.Exists(Path.Combine(output, "report.html")));
        foreach (var written in new[] { "report.md", "report.json", "report.sarif" })
        {
            Assert.IsTrue(File.Exists(Path.Combine(output, written)), $"{written} must still be written");
        }
    }

    [TestMethod]
    public void EndlessLoop_IsStoppedQuickly_WithFileAndLine_AndOtherFormatsAreWritten()
    {
        var templates = Paths.NewTempDirectory();
        File.WriteAllText(Path.Combine(templates, "report.md.scriban"), "# Report\n{{ n = 0 }}\n{{ while true\n  n = n + 1\nend }}\n");
        var output = Paths.NewTempDirectory();

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var run = Cli.Audit(Fixture, "--output", output, "--format", "md,html,json", "--template-dir", templates);

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, $"floe-audit: md report not written: template error: {Path.Combine(templates, "report.md.scriban")}(3,4)");
        StringAssert.Contains(run.Error, "iteration limit");
        Assert.IsLessThan(20, clock.Elapsed.TotalSeconds, "the loop limit stops the template long before the 10 s time limit matters");
        Assert.IsFalse(File.Exists(Path.Combine(output, "report.md")));
        Assert.IsTrue(File.Exists(Path.Combine(output, "report.html")));
        Assert.IsTrue(File.Exists(Path.Combine(output, "report.json")));
    }

    [TestMethod]
    public void EndlessRecursion_IsStoppedWithFileAndLine()
    {
        var templates = Paths.NewTempDirectory();
        File.WriteAllText(Path.Combine(templates, "report.md.scriban"), "{{ func deeper(n)\n  ret deeper(n + 1)\nend }}\n{{ deeper 0 }}\n");
        var output = Paths.NewTempDirectory();

        var run = Cli.Audit(Fixture, "--output", output, "--format", "md,json", "--template-dir", templates);

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, $"{Path.Combine(templates, "report.md.scriban")}(2,7): Exceeding number of recursive depth limit");
        Assert.IsTrue(File.Exists(Path.Combine(output, "report.json")));
    }

    [TestMethod]
    public void IncludeOutsideTheTemplateDirectory_IsRefused()
    {
        var templates = Paths.NewTempDirectory();
        var secret = Path.Combine(Path.GetDirectoryName(templates)!, "secret.txt");
        File.WriteAllText(secret, "TOP-SECRET");
        File.WriteAllText(Path.Combine(templates, "report.md.scriban"), "{{ include '../secret.txt' }}\n");
        var output = Paths.NewTempDirectory();

        var run = Cli.Audit(Fixture, "--output", output, "--format", "md", "--template-dir", templates);

        Assert.AreEqual(2, run.ExitCode, run.ToString());
        StringAssert.Contains(run.Error, "include '../secret.txt' refused");
        Assert.IsFalse(File.Exists(Path.Combine(output, "report.md")));
    }
}
