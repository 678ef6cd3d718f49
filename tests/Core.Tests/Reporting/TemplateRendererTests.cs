using System.Diagnostics;
using System.Text.Json.Nodes;
using FloeHarden.Core.Reporting;

namespace FloeHarden.Core.Tests.Reporting;

[TestClass]
public sealed class TemplateRendererTests
{
    private static readonly JsonObject Document = new() { ["root"] = "/repo", ["items"] = new JsonArray(1, 2, 3) };

    private static string TemplateDirectory(string file, string text)
    {
        var directory = Path.Combine(Path.GetTempPath(), "floe-audit-core-tests", Guid.NewGuid().ToString("N")[..12]);
        var path = Path.Combine(directory, file);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return directory;
    }

    [TestMethod]
    [DataRow("../secret.scriban")]
    [DataRow("partials/../../secret.scriban")]
    [DataRow("/etc/passwd")]
    [DataRow("./report.md.scriban")]
    [DataRow("C:/Windows/win.ini")]
    public void SafeName_RefusesNamesThatLeaveTheTemplatePlaces(string name) => Assert.IsNull(TemplateRenderer.SafeName(name));

    [TestMethod]
    public void SafeName_AcceptsRelativeNamesAndNormalisesBackslashes() =>
        Assert.AreEqual("partials/findings.md.scriban", TemplateRenderer.SafeName("partials\\findings.md.scriban"));

    [TestMethod]
    public void OverrideDirectory_WinsOverBuiltIn_AndIncludesFallBackToBuiltIns()
    {
        var directory = TemplateDirectory("report.md.scriban", "custom {{ root }} {{ include 'html/script.js.scriban' | string.contains 'Sorting and filtering' }}");
        var renderer = new TemplateRenderer(directory);

        Assert.AreEqual("custom /repo true", renderer.Render("report.md.scriban", Document));
    }

    [TestMethod]
    public void SlowTemplate_IsStoppedByTheTimeLimit_WithFileAndLine()
    {
        // Each loop stays under the loop limit; only the time limit can stop 2^40 calls.
        var directory = TemplateDirectory("report.md.scriban", "{{ func f(n)\n  for i in 1..100000; end\n  if n < 40; f(n + 1); f(n + 1); end\nend }}\n{{ f 0 }}");
        var renderer = new TemplateRenderer(directory) { Timeout = TimeSpan.FromSeconds(1) };
        var clock = Stopwatch.StartNew();

        var error = Assert.ThrowsExactly<TemplateException>(() => renderer.Render("report.md.scriban", Document));

        Assert.IsLessThan(5, clock.Elapsed.TotalSeconds);
        StringAssert.StartsWith(error.Message, Path.Combine(directory, "report.md.scriban") + "(2,");
        StringAssert.Contains(error.Message, "rendering took longer than 1 s and was stopped here");
    }

    [TestMethod]
    public void TemplatesSeeDataOnly_NotDotNetObjects()
    {
        var directory = TemplateDirectory("report.md.scriban", "{{ object.typeof items }}|{{ items.GetType }}|{{ root.Length }}|{{ has_template 'report.md.scriban' }}|{{ has_template '../x' }}");

        Assert.AreEqual("array|||true|false", new TemplateRenderer(directory).Render("report.md.scriban", Document));
    }

    [TestMethod]
    public void GroupBy_GroupsObjectsByFieldText_InOrder_AndLeavesOutObjectsWithoutTheField()
    {
        var document = JsonNode.Parse("""
            {"findings": [
              {"ruleId": "FH1301", "line": 4, "suppressed": false},
              {"ruleId": "FH1101", "line": 9, "suppressed": true},
              {"ruleId": "FH1301", "line": 2, "suppressed": false},
              {"line": 7},
              {"ruleId": "FH1301", "line": 1.5, "suppressed": true}
            ]}
            """)!.AsObject();
        var directory = TemplateDirectory("report.md.scriban", """
            {{~ g = group_by findings "ruleId" ~}}
            {{ for f in g.FH1301 }}{{ f.line }} {{ end }}|{{ g.FH1101.size }}|{{ object.size g }}|{{ (group_by findings "suppressed")["false"].size }}
            """);

        Assert.AreEqual("4 2 1.5 |1|2|2", new TemplateRenderer(directory).Render("report.md.scriban", document));
    }

    /// <summary>Findings are read member by member (JsonRecord); to a template they behave like every other object.</summary>
    [TestMethod]
    public void Findings_BehaveAsPlainObjects_ForReadingSortingMappingAndWriting()
    {
        var document = JsonNode.Parse("""
            {"findings": [
              {"ruleId": "FH1301", "line": 4, "suppressed": false},
              {"ruleId": "FH1101", "line": 2, "suppressed": true}
            ]}
            """)!.AsObject();
        var directory = TemplateDirectory("report.md.scriban", """
            {{~ f = findings[0] ~}}
            {{ f.ruleId }} {{ f.line + 1 }} {{ f.suppressed }} {{ f.missing == null }} {{ object.typeof f }} {{ object.size f }}|
            {{- for g in findings | array.sort "line" }}{{ g.ruleId }} {{ end }}|
            {{- findings | array.map "ruleId" | array.join "," }}|
            {{- f.note = "set"; f.line = 40 }}{{ f.note }} {{ f.line }} {{ object.keys f | array.join "," }}|
            {{- for kv in findings[1] }}{{ kv.key }}={{ kv.value }};{{ end }}|
            {{- (where findings "suppressed" true)[0].ruleId }}
            """);

        Assert.AreEqual("FH1301 5 false true object 3|FH1101 FH1301 |FH1301,FH1101|set 40 ruleId,line,suppressed,note|ruleId=FH1101;line=2;suppressed=true;|FH1101", new TemplateRenderer(directory).Render("report.md.scriban", document));
    }

    [TestMethod]
    [DataRow("testsWithDoubles", "Tests with doubles")]
    [DataRow("byTier", "By tier")]
    [DataRow("handWrittenFakes", "Hand written fakes")]
    [DataRow("weakest_tests", "Weakest tests")]
    public void Humanize_TurnsFieldNamesIntoLabels(string name, string label) => Assert.AreEqual(label, TemplateFunctions.Humanize(name));
}
