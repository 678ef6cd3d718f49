using System.Buffers.Binary;
using System.Text.Json;
using FloeHarden.Core.Caching;
using FloeHarden.Core.Frontends.Python;
using FloeHarden.Core.Model;
using MemoryPack;

namespace FloeHarden.Core.Tests.Caching;

/// <summary>
/// An entry file gives back exactly the entry that was written, and anything else — a prefix, a changed byte, a header
/// that lies about the length, a payload that is not an entry of the asked type — is rejected without an exception.
/// </summary>
[TestClass]
public sealed class CacheEntryFileTests
{
    private static readonly JsonSerializerOptions ReflectionJson = new() { WriteIndented = false };

    [TestMethod]
    public void EntriesReadBack_WithEveryStoredFieldOfTheModel()
    {
        var csharp = new CSharpCacheEntry("csharp|tests/OrderTests.cs|Orders.Tests|ab12", EveryFieldSet());
        var python = new PythonCacheEntry("python|/usr/bin/python3|tests/test_orders.py||cd34", EveryFieldSet() with { Language = SourceLanguage.Python, Project = null }, [0, 1, 2, 0], ["settings", "client"], [(int)MockTraits.Configured, (int)(MockTraits.Patch | MockTraits.Verified)],
            new PythonClassFacts(
                ["ServiceCase"],
                [new PythonPendingClass("QueryChecks", ["MappedFixture"])],
                [new PythonCandidateClass(1, ["MappedFixture"], [new PythonTestOverlay(3, [new Trait("Category", "Integration")], [new SkipSite(9, SkipKind.Declared, "later")], 2, ["client"], true, ["client"], [(int)MockTraits.Configured])])]));

        var csharpFile = CacheEntryFile.Encode(csharp, out var csharpLength);
        var pythonFile = CacheEntryFile.Encode(python, out var pythonLength);

        Assert.IsTrue(CacheEntryFile.TryDecode<CSharpCacheEntry>(csharpFile.AsSpan(0, csharpLength), out var csharpRead));
        Assert.IsTrue(CacheEntryFile.TryDecode<PythonCacheEntry>(pythonFile.AsSpan(0, pythonLength), out var pythonRead));
        Assert.AreEqual(JsonSerializer.Serialize(csharp, ReflectionJson), JsonSerializer.Serialize(csharpRead, ReflectionJson));
        Assert.AreEqual(JsonSerializer.Serialize(python, ReflectionJson), JsonSerializer.Serialize(pythonRead, ReflectionJson));
        Assert.Contains("\"Symbol\":\"OrderTests.Saves\"", JsonSerializer.Serialize(csharpRead, ReflectionJson), "the comparison sees nested records");
    }

    [TestMethod]
    public void StringsUtf8CannotCarry_LoneSurrogates_ReadBackExactly()
    {
        var model = EveryFieldSet() with { Literals = [new LiteralValue(3, "\uD800", "input"), new LiteralValue(4, "a\uDC00b", "expected")] };

        var file = CacheEntryFile.Encode(new CSharpCacheEntry("k", model), out var length);

        Assert.IsTrue(CacheEntryFile.TryDecode<CSharpCacheEntry>(file.AsSpan(0, length), out var read));
        Assert.AreEqual("\uD800|a\uDC00b", string.Join("|", read.Model.Literals.Select(l => l.Value)));
        Assert.AreEqual(JsonSerializer.Serialize(model, ReflectionJson), JsonSerializer.Serialize(read.Model, ReflectionJson));
    }

    [TestMethod]
    public void EveryPrefixOfAnEntry_IsRejected()
    {
        var file = CacheEntryFile.Encode(new CSharpCacheEntry("k", EveryFieldSet()), out var length);

        var accepted = Enumerable.Range(0, length).Where(cut => CacheEntryFile.TryDecode<CSharpCacheEntry>(file.AsSpan(0, cut), out _));

        Assert.AreEqual("", string.Join(", ", accepted), $"lengths of the {length} bytes' prefixes read as an entry");
    }

    [TestMethod]
    public void EveryByteOfAnEntryChanged_IsRejected()
    {
        var file = CacheEntryFile.Encode(new CSharpCacheEntry("k", EveryFieldSet()), out var length);

        var accepted = Enumerable.Range(0, length).Where(i =>
        {
            var changed = file[..length];
            changed[i] ^= 0x01;
            return CacheEntryFile.TryDecode<CSharpCacheEntry>(changed, out _);
        });

        Assert.AreEqual("", string.Join(", ", accepted), $"positions among {length} where a flipped bit was still read as an entry");
    }

    [TestMethod]
    public void AHeaderClaimingAHugeOrNegativeLength_IsRejected_WithoutAllocatingForIt()
    {
        var file = CacheEntryFile.Encode(new CSharpCacheEntry("k", EveryFieldSet()), out var length);
        foreach (var claimed in new[] { int.MaxValue, CacheEntryFile.MaxPayloadBytes + 1, -1, int.MinValue })
        {
            var lying = file[..length];
            BinaryPrimitives.WriteInt32LittleEndian(lying.AsSpan(4), claimed);

            var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var decoded = CacheEntryFile.TryDecode<CSharpCacheEntry>(lying, out _);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

            Assert.IsFalse(decoded, $"claimed {claimed}");
            Assert.IsLessThan(1 << 20, allocated, $"claimed {claimed}");
        }
    }

    [TestMethod]
    public void RandomBytes_AreRejected()
    {
        var random = new Random(11);
        var file = CacheEntryFile.Encode(new CSharpCacheEntry("k", EveryFieldSet()), out var length);
        var accepted = Enumerable.Range(0, 200).Where(i =>
        {
            var garbage = new byte[random.Next(0, 2 * length)];
            random.NextBytes(garbage);
            if (i % 2 == 0 && garbage.Length >= 4)
            {
                file.AsSpan(0, 4).CopyTo(garbage); // past the magic number too
            }

            return CacheEntryFile.TryDecode<CSharpCacheEntry>(garbage, out _);
        });

        Assert.AreEqual("", string.Join(", ", accepted), "random files read as an entry");
    }

    /// <summary>
    /// A payload that passes the header's checks but is not MemoryPack's encoding of an entry (crafted, or a hash
    /// collision) reaches MemoryPack, which throws on it: the decoder must turn that into a rejection.
    /// </summary>
    [TestMethod]
    public void PayloadsThatPassTheHeaderButAreNotEntries_AreRejected_NotThrown()
    {
        var payload = MemoryPackSerializer.Serialize(new CSharpCacheEntry("k", EveryFieldSet()));
        var random = new Random(13);
        var throwing = new List<byte[]>();
        for (var i = 0; i < payload.Length; i++)
        {
            // a length or count byte turned into a huge or negative one, wherever it is
            foreach (var value in new byte[] { 0x7F, 0x80, 0xFF })
            {
                var changed = payload.ToArray();
                changed[i] = value;
                if (MemoryPackThrowsOn(changed))
                {
                    throwing.Add(changed);
                }
            }
        }

        var noise = Enumerable.Range(0, 200).Select(_ => new byte[random.Next(0, payload.Length)]).ToList();
        noise.ForEach(random.NextBytes);
        noise.Add([.. payload, 0]); // a whole entry and a stray byte

        Assert.IsGreaterThan(10, throwing.Count, "the changes reach MemoryPack's failure paths");
        Assert.AreEqual(0, throwing.Count(Decodes), "payloads MemoryPack throws on, read as an entry");
        Assert.AreEqual(0, noise.Count(Decodes), "noise read as an entry");

        static bool MemoryPackThrowsOn(byte[] payload)
        {
            try
            {
                MemoryPackSerializer.Deserialize<CSharpCacheEntry>(payload);
                return false;
            }
            catch (Exception)
            {
                return true;
            }
        }

        static bool Decodes(byte[] payload)
        {
            var file = CacheEntryFile.Frame(payload, out var length);
            return CacheEntryFile.TryDecode<CSharpCacheEntry>(file.AsSpan(0, length), out _);
        }
    }

    /// <summary>A model with every stored property set to a value other than its default, in every nested record.</summary>
    private static SourceFileModel EveryFieldSet() => new()
    {
        Path = "tests/OrderTests.cs",
        Language = SourceLanguage.CSharp,
        Project = "Orders.Tests",
        LineCount = 120,
        Imports = ["System", "Moq"],
        Traits = [new Trait("Category", "Unit")],
        ProjectTraits = [new Trait("Parallelize", "Workers=4")],
        Units =
        [
            new CodeUnit
            {
                Name = "Saves",
                Container = "OrderTests",
                Kind = CodeUnitKind.Test,
                Line = 10,
                EndLine = 30,
                Traits = [new Trait("workflow", "AC-2.1")],
                CaseCount = 3,
                Assertions = [new Assertion(12, 9, AssertionLevel.Exact, AssertionKind.MockVerification, "Assert.AreEqual", "Assert.AreEqual(1, x)", AssertionTraits.BooleanOfEquality, "x")],
                Mocks = [new MockUsage(11, 5, "Moq", "IStore", "store", MockTraits.Configured | MockTraits.Verified, "new Mock<IStore>()") { ConfiguredMembers = ["Save"], VerifiedMembers = [MockUsage.AllMembers] }],
                Calls = [new CallSite(13, "Save", "store", CallKind.Construction, "result", 2)],
                Touches = [new ResourceTouch(14, ResourceKind.Database, "SqlConnection")],
                Skips = [new SkipSite(15, SkipKind.Declared, "flaky")],
                Parameters = ["settings"],
                IsPlaceholder = true,
            },
        ],
        Types = [new TypeDeclaration("FakeStore", 40, 60, ["IStore"], 4, HasTests: true, IsFakeShaped: true) { IsFrameworkHook = true, IsDocSample = true, MayInheritTests = true }],
        Literals = [new LiteralValue(20, "orders-v2", "queue")],
        ConfigDefaults = [new ConfigDefault(21, "ORDERS_QUEUE", "orders-v1", "GetEnvironmentVariable")],
        Fallbacks = [new MockFallback(22, "OrderTests", "?? new FakeStore()")],
        ReferencedNames = ["FakeStore", "IStore"],
        AssemblyOfTypes = ["FakeStore"],
        Problems = [new ParseProblem(1, 2, "odd", Skipped: true)],
        Suppressions = [new Suppression(9, "FH1001", "known", 10, 30, "OrderTests.Saves", SuppressionForm.Attribute)],
    };
}
