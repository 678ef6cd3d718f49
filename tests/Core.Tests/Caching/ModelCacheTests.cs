using System.Buffers.Binary;
using System.Text.RegularExpressions;
using FloeHarden.Core.Caching;
using FloeHarden.Core.Reporting;
using FloeHarden.Core.Tests.Support;

namespace FloeHarden.Core.Tests.Caching;

/// <summary>
/// The per-file cache must never change what an audit reports: the bundled samples (C# and Python, every rule planted)
/// are audited cold, warm and after edits, and each cached report must be byte-identical to a cache-less audit of the
/// same tree.
/// </summary>
[TestClass]
public sealed partial class ModelCacheTests
{
    private string _tree = "";
    private string _cache = "";

    [TestInitialize]
    public void CopySamples()
    {
        var scratch = Path.Combine(Path.GetTempPath(), "floe-cache-tests", Guid.NewGuid().ToString("N")[..12]);
        _tree = Path.Combine(scratch, "repo");
        _cache = Path.Combine(scratch, "cache");
        CopyDirectory(Path.Combine(Fixtures.Repository, "samples"), _tree);
    }

    [TestCleanup]
    public void DeleteScratch() => Directory.Delete(Path.GetDirectoryName(_tree)!, recursive: true);

    [TestMethod]
    public void WarmAudit_ReportsExactlyTheColdReport_FromCacheHitsOnly()
    {
        var cold = Report(cache: null, out _);

        var filling = Report(_cache, out var fillingProgress);
        var warm = Report(_cache, out var warmProgress);

        Assert.AreEqual(cold, filling);
        Assert.AreEqual(cold, warm);
        var (hits, misses) = CacheCounts(fillingProgress);
        Assert.AreEqual(0, hits);
        Assert.IsGreaterThan(10, misses, "the samples have C# and Python test files");
        Assert.AreEqual((misses, 0), CacheCounts(warmProgress));
    }

    [TestMethod]
    public void AfterChangingAddingDeletingAndRenamingFiles_TheCachedReportIsTheColdReportOfTheEditedTree()
    {
        var before = Report(cache: null, out _);
        Report(_cache, out _);

        // change: a C# test loses its assertion; a Python test gets a new weak one
        var csharp = Path.Combine(_tree, "dotnet/tests/Orders.UnitTests/PriceCalculatorTests.cs");
        File.WriteAllText(csharp, File.ReadAllText(csharp).Replace("        Assert.AreEqual((decimal)expected, calculator.Discount(100m));", "        _ = calculator.Discount(100m);"));
        var python = Path.Combine(_tree, "python/tests/unit/test_catalog_names.py");
        File.AppendAllText(python, "\n\ndef test_added_by_the_cache_test():\n    assert True\n");
        // change: the deployment's password now agrees with the e2e conftest's default, so FH1201 is gone
        var values = Path.Combine(_tree, "python/charts/floe/values-test.yaml");
        File.WriteAllText(values, File.ReadAllText(values).Replace("rootPassword: minioadmin123", "rootPassword: minio123"));
        // add
        File.WriteAllText(Path.Combine(_tree, "python/tests/unit/test_new_module.py"), "def test_nothing_checked():\n    value = 1 + 1\n");
        // delete
        File.Delete(Path.Combine(_tree, "python/tests/contract/test_catalog_contract.py"));
        // rename: same bytes, new path
        File.Move(Path.Combine(_tree, "dotnet/tests/Orders.E2E/CheckoutFlowTests.cs"), Path.Combine(_tree, "dotnet/tests/Orders.E2E/CheckoutTests.cs"));

        var cached = Report(_cache, out var progress);
        var cold = Report(cache: null, out _);

        Assert.AreEqual(cold, cached);
        Assert.AreNotEqual(before, cold, "the edits must change the report, or this test proves nothing");
        Assert.Contains("test_added_by_the_cache_test", cached);
        Assert.Contains("CheckoutTests.cs", cached);
        Assert.DoesNotContain("CheckoutFlowTests.cs", cached);
        Assert.DoesNotContain("test_catalog_contract.py", cached);
        Assert.Contains("\"ruleId\":\"FH1201\"", before);
        Assert.DoesNotContain("\"ruleId\":\"FH1201\"", cached);
        var (_, misses) = CacheCounts(progress);
        Assert.AreEqual(5, misses, "the changed C#, Python and values files, the new file and the renamed one are parsed again");
    }

    [TestMethod]
    public void CorruptOrTruncatedEntries_AreMisses_AndTheReportIsUnchanged()
    {
        var cold = Report(cache: null, out _);
        Report(_cache, out _);
        var entries = Directory.GetFiles(_cache, "*" + ModelCache.EntryExtension, SearchOption.AllDirectories);
        Assert.IsNotEmpty(entries);
        for (var i = 0; i < entries.Length; i++)
        {
            // half of them garbage, half truncated to nothing (what a crash mid-write would leave without temp + rename)
            File.WriteAllBytes(entries[i], i % 2 == 0 ? [1, 2, 3, 4, 5] : []);
        }

        var afterCorruption = Report(_cache, out var progress);

        Assert.AreEqual(cold, afterCorruption);
        Assert.AreEqual((0, entries.Length), CacheCounts(progress));
    }

    [TestMethod]
    public void EntriesOfRandomBytesOrWithAHugeLengthOrAFlippedByte_AreMisses_ThenRewritten_AndTheReportIsUnchanged()
    {
        var cold = Report(cache: null, out _);
        Report(_cache, out _);
        var entries = Directory.GetFiles(_cache, "*" + ModelCache.EntryExtension, SearchOption.AllDirectories);
        Assert.IsGreaterThan(10, entries.Length);
        var random = new Random(7);
        for (var i = 0; i < entries.Length; i++)
        {
            var bytes = File.ReadAllBytes(entries[i]);
            switch (i % 3)
            {
                case 0:
                    random.NextBytes(bytes); // garbage of the entry's own length
                    break;
                case 1:
                    BinaryPrimitives.WriteInt32LittleEndian(bytes.AsSpan(4), int.MaxValue); // an intact entry whose header claims a 2 GB payload
                    break;
                default:
                    bytes[(bytes.Length + CacheEntryFile.HeaderSize) / 2] ^= 0x10; // one bit of the compressed payload
                    break;
            }

            File.WriteAllBytes(entries[i], bytes);
        }

        var afterCorruption = Report(_cache, out var progress);
        var rewritten = Report(_cache, out var rewrittenProgress);

        Assert.AreEqual(cold, afterCorruption);
        Assert.AreEqual((0, entries.Length), CacheCounts(progress));
        Assert.AreEqual(cold, rewritten);
        Assert.AreEqual((entries.Length, 0), CacheCounts(rewrittenProgress), "each miss wrote its entry again");
    }

    [TestMethod]
    public void IntactEntriesUnderAnotherFilesName_AreMisses_AndTheReportIsUnchanged()
    {
        var cold = Report(cache: null, out _);
        Report(_cache, out _);
        var entries = Directory.GetFiles(_cache, "*" + ModelCache.EntryExtension, SearchOption.AllDirectories);
        var contents = entries.Select(File.ReadAllBytes).ToList();
        for (var i = 0; i < entries.Length; i++)
        {
            // each file now holds its neighbour's entry: C# and Python entries land under each other's names too
            File.WriteAllBytes(entries[i], contents[(i + 1) % entries.Length]);
        }

        var afterSwap = Report(_cache, out var progress);

        Assert.AreEqual(cold, afterSwap);
        Assert.AreEqual((0, entries.Length), CacheCounts(progress));
    }

    [TestMethod]
    public void ConcurrentAuditsSharingOneCache_AllReportTheColdReport()
    {
        var cold = Report(cache: null, out _);

        var reports = Enumerable.Range(0, 4).AsParallel().WithDegreeOfParallelism(4).Select(_ => Report(_cache, out List<string> _)).ToList();

        foreach (var report in reports)
        {
            Assert.AreEqual(cold, report);
        }

        Assert.IsEmpty(Directory.GetFiles(_cache, "*.tmp", SearchOption.AllDirectories), "no temp file is left behind");
    }

    [TestMethod]
    public void ATestWithALoneSurrogateInALiteral_IsCached_AndReadBack_LikeAnyOther()
    {
        // xunit's own tests hold "\uD800": UTF-8 cannot carry it, and writing its entry used to end the audit
        var escapes = Path.Combine(_tree, "dotnet/tests/Orders.UnitTests/EscapeTests.cs");
        File.WriteAllText(escapes, """
            using Microsoft.VisualStudio.TestTools.UnitTesting;

            [TestClass]
            public class EscapeTests
            {
                public static IEnumerable<object[]> Data => [["\uD800abc", "\\xd800abc"], ["x\uDC00yz", "x\\xdc00yz"]];

                [TestMethod]
                [DynamicData(nameof(Data))]
                public void EscapesLoneSurrogates(string input, string expected) => Assert.AreEqual(expected, input.Escape());
            }
            """);
        var cold = Report(cache: null, out _);

        var filling = Report(_cache, out var fillingProgress);
        var warm = Report(_cache, out var warmProgress);

        Assert.AreEqual(cold, filling);
        Assert.AreEqual(cold, warm);
        Assert.IsFalse(fillingProgress.Any(m => m.Contains("not written", StringComparison.Ordinal)), string.Join("\n", fillingProgress));
        Assert.AreEqual((CacheCounts(fillingProgress).Misses, 0), CacheCounts(warmProgress), "every entry, the surrogate's file's too, is a hit");
    }

    [TestMethod]
    public void CacheDirectoryInsideTheAuditedTree_IsRefused_BecauseTheAuditNeverWritesThere()
    {
        var inside = Path.Combine(_tree, ".cache");

        var error = Assert.Throws<AuditException>(() => AuditEngine.Run(new AuditOptions { Root = _tree, CacheDirectory = inside }));

        Assert.Contains("inside the audited tree", error.Message);
        Assert.IsFalse(Directory.Exists(inside));
    }

    private string Report(string? cache, out List<string> progress)
    {
        var messages = new List<string>();
        var result = AuditEngine.Run(new AuditOptions { Root = _tree, CacheDirectory = cache, Progress = new Collect(messages) });
        progress = messages;
        return ReportDocument.Build(result, "test").ToJsonString();
    }

    private static (int Hits, int Misses) CacheCounts(List<string> progress)
    {
        var line = progress.Single(m => m.StartsWith("cache ", StringComparison.Ordinal));
        var match = CacheLine().Match(line);
        Assert.IsTrue(match.Success, line);
        return (int.Parse(match.Groups["hits"].Value), int.Parse(match.Groups["misses"].Value));
    }

    [GeneratedRegex(@": (?<hits>\d+) hits, (?<misses>\d+) misses")]
    private static partial Regex CacheLine();

    private static void CopyDirectory(string from, string to)
    {
        foreach (var directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, directory)));
        }

        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }
    }

    private sealed class Collect(List<string> messages) : IProgress<string>
    {
        public void Report(string value)
        {
            lock (messages)
            {
                messages.Add(value);
            }
        }
    }
}
