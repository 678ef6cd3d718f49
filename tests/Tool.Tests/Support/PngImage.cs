using System.Buffers.Binary;
using System.IO.Compression;

namespace FloeHarden.Tool.Tests.Support;

/// <summary>
/// Just enough of PNG to check a browser screenshot: size and pixels of 8-bit RGB/RGBA non-interlaced images
/// (what Chromium writes). Enough to tell a rendered page from a blank one, and light from dark.
/// </summary>
public sealed class PngImage
{
    private static readonly byte[] Signature = [137, 80, 78, 71, 13, 10, 26, 10];
    private readonly byte[] _pixels;
    private readonly int _channels;

    private PngImage(int width, int height, int channels, byte[] pixels)
    {
        Width = width;
        Height = height;
        _channels = channels;
        _pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public static PngImage Load(string path) => Decode(File.ReadAllBytes(path));

    public static PngImage Decode(byte[] bytes)
    {
        CollectionAssert.AreEqual(Signature, bytes.Take(8).ToArray(), "not a PNG file");
        int width = 0, height = 0, colourType = 0;
        using var idat = new MemoryStream();
        for (var offset = 8; offset < bytes.Length;)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(offset));
            var type = System.Text.Encoding.ASCII.GetString(bytes, offset + 4, 4);
            var data = bytes.AsSpan(offset + 8, length);
            if (type == "IHDR")
            {
                width = BinaryPrimitives.ReadInt32BigEndian(data);
                height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                Assert.AreEqual(8, data[8], "only 8-bit PNGs are supported");
                colourType = data[9];
                Assert.AreEqual(0, data[12], "interlaced PNGs are not supported");
            }
            else if (type == "IDAT")
            {
                idat.Write(data);
            }

            offset += 12 + length;
        }

        var channels = colourType switch { 2 => 3, 6 => 4, _ => throw new AssertFailedException($"PNG colour type {colourType} is not supported") };
        idat.Position = 0;
        using var inflated = new MemoryStream();
        using (var zlib = new ZLibStream(idat, CompressionMode.Decompress))
        {
            zlib.CopyTo(inflated);
        }

        return new PngImage(width, height, channels, Unfilter(inflated.ToArray(), width, height, channels));
    }

    public (byte R, byte G, byte B) Pixel(int x, int y)
    {
        var i = ((y * Width) + x) * _channels;
        return (_pixels[i], _pixels[i + 1], _pixels[i + 2]);
    }

    /// <summary>Distinct colours on a sampling grid: 1 for a blank page, dozens for a rendered report.</summary>
    public int DistinctColoursSampled(int step = 7)
    {
        var colours = new HashSet<int>();
        for (var y = 0; y < Height; y += step)
        {
            for (var x = 0; x < Width; x += step)
            {
                var (r, g, b) = Pixel(x, y);
                colours.Add((r << 16) | (g << 8) | b);
            }
        }

        return colours.Count;
    }

    public static double Luminance((byte R, byte G, byte B) p) => (0.2126 * p.R) + (0.7152 * p.G) + (0.0722 * p.B);

    private static byte[] Unfilter(byte[] data, int width, int height, int channels)
    {
        var stride = width * channels;
        var result = new byte[stride * height];
        for (var y = 0; y < height; y++)
        {
            var filter = data[y * (stride + 1)];
            var source = y * (stride + 1) + 1;
            var row = y * stride;
            for (var x = 0; x < stride; x++)
            {
                int a = x >= channels ? result[row + x - channels] : 0;
                int b = y > 0 ? result[row - stride + x] : 0;
                int c = x >= channels && y > 0 ? result[row - stride + x - channels] : 0;
                var raw = data[source + x];
                result[row + x] = (byte)(filter switch
                {
                    0 => raw,
                    1 => raw + a,
                    2 => raw + b,
                    3 => raw + ((a + b) / 2),
                    4 => raw + Paeth(a, b, c),
                    _ => throw new AssertFailedException($"unknown PNG filter {filter}"),
                });
            }
        }

        return result;
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        int pa = Math.Abs(p - a), pb = Math.Abs(p - b), pc = Math.Abs(p - c);
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}
