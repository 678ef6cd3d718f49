using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using FloeHarden.Tool.Tests.Support;

namespace FloeHarden.Tool.Tests;

/// <summary>The HTML report of a real audit, opened in headless chromium: renders everything, fetches nothing.</summary>
[TestClass]
public sealed partial class HtmlReportTests
{
    private static string _output = "";
    private static JsonObject _document = [];

    public TestContext TestContext { get; set; } = null!;

    [ClassInitialize]
    public static void AuditTheSamples(TestContext context)
    {
        _output = Paths.NewTempDirectory();
        var run = Cli.Audit(Paths.Samples, "--output", _output, "--format", "html,json");
        Assert.AreEqual(0, run.ExitCode, run.ToString());
        _document = JsonNode.Parse(File.ReadAllText(Path.Combine(_output, "report.json")))!.AsObject();
    }

    private static string HtmlPath => Path.Combine(_output, "report.html");

    private static string FileUrl => new Uri(HtmlPath).AbsoluteUri;

    [GeneratedRegex(@"(?:\bsrc|\bhref|\baction|\bposter|\bdata)\s*=\s*[""']?\s*(?:https?:)?//|url\(\s*[""']?\s*(?:https?:)?//|@import|<link\b|<iframe\b|<object\b|<embed\b|\bfetch\(|XMLHttpRequest|WebSocket\(", RegexOptions.IgnoreCase)]
    private static partial Regex NetworkReference();

    [GeneratedRegex(@"<a\s+href=""https?://[^""]*""", RegexOptions.IgnoreCase)]
    private static partial Regex RuleLink();

    [TestMethod]
    public void HtmlReport_ReferencesNoNetworkResource()
    {
        var html = File.ReadAllText(HtmlPath);
        // Links to rule pages are navigation, not resources: take them out, then nothing may point at the network.
        var withoutLinks = RuleLink().Replace(html, "<a");
        var references = NetworkReference().Matches(withoutLinks).Select(m => m.Value).Distinct().ToList();

        Assert.IsEmpty(references, $"network references in report.html: {string.Join(", ", references)}");
        StringAssert.Contains(html, "default-src 'none'", "the page must forbid every fetch with its Content-Security-Policy");
    }

    [TestMethod]
    public void HtmlReport_LinksEachFindingToItsRulePage()
    {
        var html = File.ReadAllText(HtmlPath);
        var first = _document["findings"]!.AsArray()[0]!;

        StringAssert.Contains(html, $"<a href=\"{first["helpUri"]}\" title=\"{first["title"]}\">{first["ruleId"]}</a>");
    }

    [TestMethod]
    public void Screenshot_IsANonBlankPngOfTheWindowSize()
    {
        var png = Path.Combine(_output, "screenshot-light.png");

        Chromium.Run(TimeSpan.FromSeconds(90), $"--screenshot={png}", "--window-size=1280,4000", FileUrl);

        TestContext.AddResultFile(png);
        var image = PngImage.Load(png);
        Assert.AreEqual(1280, image.Width);
        Assert.AreEqual(4000, image.Height);
        Assert.IsGreaterThan(20, image.DistinctColoursSampled(), "the screenshot is (nearly) blank");
        Assert.IsGreaterThan(200, PngImage.Luminance(image.Pixel(2, 2)), "light mode has a light background");
    }

    [TestMethod]
    public void DumpedDom_HasSummaryChartsAndEverySection()
    {
        var dom = Chromium.Run(TimeSpan.FromSeconds(90), "--dump-dom", FileUrl);

        StringAssert.Contains(dom, "id=\"summary\"");
        foreach (var (id, _) in _document["sections"]!.AsObject())
        {
            StringAssert.Contains(dom, $"<section class=\"report-section\" id=\"{id}\"");
        }

        Assert.IsGreaterThanOrEqualTo(4, Regex.Count(dom, "<svg "), "expected the severity, section, mock and assertion charts");
        StringAssert.Contains(dom, "<button type=\"button\">", "the script made the table headers sortable");
    }

    [TestMethod]
    public async Task Page_RendersWithoutConsoleErrorsOrNetworkRequests_InLightAndDarkMode()
    {
        await using var page = await DevToolsPage.OpenAsync(1280, 4000);

        await page.NavigateAsync(FileUrl);

        var facts = (await page.EvaluateAsync("""
            JSON.stringify({
              summary: !!document.querySelector('#summary .cards'),
              charts: Array.from(document.querySelectorAll('figure.chart')).map(f => f.id),
              chartBars: document.querySelectorAll('svg rect.bar').length,
              sections: Array.from(document.querySelectorAll('section.report-section[data-section]')).map(s => s.id),
              findingRows: document.querySelectorAll('table.findings tbody tr').length,
              background: getComputedStyle(document.documentElement).backgroundColor
            })
            """))!.GetValue<string>();
        var rendered = JsonNode.Parse(facts)!;
        var sections = _document["sections"]!.AsObject().Select(kv => kv.Key).ToList();
        if (_document["engine"]!["findings"]!["total"]!.GetValue<int>() > 0)
        {
            sections.Add("engine");
        }

        Assert.IsTrue(rendered["summary"]!.GetValue<bool>(), "summary cards");
        CollectionAssert.IsSubsetOf(new[] { "chart-severity", "chart-sections", "chart-mocks-by-tier", "chart-assertion-levels" }, rendered["charts"]!.AsArray().Select(c => c!.GetValue<string>()).ToList());
        Assert.IsGreaterThan(10, rendered["chartBars"]!.GetValue<int>());
        CollectionAssert.AreEqual(sections, rendered["sections"]!.AsArray().Select(s => s!.GetValue<string>()).ToList());
        Assert.AreEqual(_document["findings"]!.AsArray().Count, rendered["findingRows"]!.GetValue<int>(), "every finding has a row");
        Assert.AreEqual("rgb(255, 255, 255)", rendered["background"]!.GetValue<string>());

        await page.SetColourSchemeAsync("dark");
        var dark = (await page.EvaluateAsync("getComputedStyle(document.documentElement).backgroundColor"))!.GetValue<string>();
        var darkPng = Path.Combine(_output, "screenshot-dark.png");
        await File.WriteAllBytesAsync(darkPng, await page.ScreenshotAsync(), TestContext.CancellationToken);
        TestContext.AddResultFile(darkPng);

        Assert.AreEqual("rgb(13, 17, 23)", dark);
        Assert.IsLessThan(40, PngImage.Luminance(PngImage.Load(darkPng).Pixel(2, 2)), "dark mode has a dark background");
        var requests = page.Requests.Where(u => u != FileUrl).ToList();
        Assert.IsEmpty(requests, $"network requests: {string.Join(", ", requests)}");
        Assert.IsEmpty(page.ConsoleErrors, $"console errors: {string.Join("\n", page.ConsoleErrors)}");
    }

    [TestMethod]
    public async Task FindingsTable_FiltersBySeverityAndSortsByColumn()
    {
        await using var page = await DevToolsPage.OpenAsync(1280, 2000);
        await page.NavigateAsync(FileUrl);

        var result = (await page.EvaluateAsync("""
            (() => {
              const bar = document.querySelector('.table-filter[data-table="findings-mocks"]');
              const table = document.getElementById('findings-mocks');
              const select = bar.querySelector('select');
              select.value = 'critical';
              select.dispatchEvent(new Event('change'));
              const visible = Array.from(table.tBodies[0].rows).filter(r => !r.hidden).map(r => r.dataset.severity);
              select.value = '';
              select.dispatchEvent(new Event('change'));
              const severityHeader = table.tHead.rows[0].cells[0].querySelector('button');
              severityHeader.click();
              const ascending = Array.from(table.tBodies[0].rows).map(r => r.cells[0].dataset.sort);
              return JSON.stringify({ visible, count: bar.querySelector('.count').textContent, ascending });
            })()
            """))!.GetValue<string>();
        var state = JsonNode.Parse(result)!;

        var critical = _document["findings"]!.AsArray().Count(f => f!["section"]!.GetValue<string>() == "AC-1.1" && f["severity"]!.GetValue<string>() == "critical");
        Assert.IsGreaterThan(0, critical);
        CollectionAssert.AreEqual(Enumerable.Repeat("critical", critical).ToList(), state["visible"]!.AsArray().Select(v => v!.GetValue<string>()).ToList());
        var ranks = state["ascending"]!.AsArray().Select(v => int.Parse(v!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        CollectionAssert.AreEqual(ranks.Order().ToList(), ranks, "sorted by severity, least severe first");
        Assert.AreNotEqual(ranks[0], ranks[^1], "the samples have findings of several severities in AC-1.1");
    }
}
