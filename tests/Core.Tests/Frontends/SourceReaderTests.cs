using System.Text;
using FloeHarden.Core.Frontends;

namespace FloeHarden.Core.Tests.Frontends;

/// <summary>Source text is decoded by its byte order mark, as a StreamReader detects it, and as UTF-8 without one.</summary>
[TestClass]
public sealed class SourceReaderTests
{
    private const string Text = "// über ✓ 𝄞\nclass Café {}\n";

    [TestMethod]
    [DataRow("utf-8", true)]
    [DataRow("utf-8", false)]
    [DataRow("utf-16LE", true)]
    [DataRow("utf-16BE", true)]
    [DataRow("utf-32LE", true)]
    [DataRow("utf-32BE", true)]
    public void Decode_ReadsTheTextBack_ByItsByteOrderMark(string encodingName, bool withBom)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        byte[] bytes = [.. withBom ? encoding.GetPreamble() : [], .. encoding.GetBytes(Text)];

        var decoded = SourceReader.Decode(bytes);

        Assert.AreEqual(Text, decoded);
        Assert.AreEqual(StreamReaderText(bytes), decoded);
    }

    /// <summary>Bytes that are not UTF-8 become U+FFFD each, where they stand; the text around them is kept.</summary>
    [TestMethod]
    public void Decode_ReplacesInvalidUtf8_LikeAStreamReader()
    {
        byte[] bytes = [.. "a = \""u8, 0xFF, 0xC3, .. "\"\n"u8];

        var decoded = SourceReader.Decode(bytes);

        Assert.AreEqual("a = \"\uFFFD\uFFFD\"\n", decoded);
        Assert.AreEqual(StreamReaderText(bytes), decoded);
    }

    private static string StreamReaderText(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
