using System.Buffers;
using System.Text;
using System.Text.Json;
using FloeHarden.Core.Reporting;

namespace FloeHarden.Core.Tests.Reporting;

[TestClass]
public sealed class ChunkedBufferWriterTests
{
    /// <summary>The same JSON written into one growing array and into chunks: a document of several chunks, one string longer than a chunk.</summary>
    [TestMethod]
    public void Written_HoldsEveryByteInOrder_AcrossChunksAndAValueLongerThanAChunk()
    {
        var expected = new ArrayBufferWriter<byte>();
        var chunked = new ChunkedBufferWriter();
        foreach (IBufferWriter<byte> buffer in new IBufferWriter<byte>[] { expected, chunked })
        {
            using var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true });
            writer.WriteStartArray();
            for (var i = 0; i < 40_000; i++)
            {
                writer.WriteStringValue($"finding {i}");
            }

            writer.WriteStringValue(new string('x', 3 << 20));
            writer.WriteNumberValue(42);
            writer.WriteEndArray();
        }

        var written = chunked.Written();

        Assert.IsFalse(written.IsSingleSegment, "the document should span several chunks");
        Assert.AreEqual(expected.WrittenCount, written.Length);
        CollectionAssert.AreEqual(expected.WrittenSpan.ToArray(), written.ToArray());
        using var parsed = JsonDocument.Parse(written);
        Assert.AreEqual(40_002, parsed.RootElement.GetArrayLength());
        Assert.AreEqual("finding 39999", parsed.RootElement[39_999].GetString());
    }

    [TestMethod]
    public void Written_IsEmpty_WhenNothingWasWritten() => Assert.AreEqual(0, new ChunkedBufferWriter().Written().Length);

    [TestMethod]
    public void Advance_BeyondTheMemoryHandedOut_Throws()
    {
        var writer = new ChunkedBufferWriter();
        var handedOut = writer.GetSpan(16).Length;
        Encoding.ASCII.GetBytes("abc", writer.GetSpan(16));

        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => writer.Advance(handedOut + 1));
        writer.Advance(3);
        Assert.AreEqual("abc", Encoding.ASCII.GetString(writer.Written().ToArray()));
    }
}
