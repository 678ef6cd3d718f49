using System.Buffers;
using System.Buffers.Binary;
using System.Diagnostics.CodeAnalysis;
using System.IO.Compression;
using System.IO.Hashing;
using MemoryPack;

namespace FloeHarden.Core.Caching;

/// <summary>
/// The bytes of one cache entry: a 16-byte header — a magic number, the payload's length and the XxHash3 of the stored
/// bytes — then the payload, the entry in MemoryPack's binary format, Brotli-compressed. Decoding checks all of it before
/// MemoryPack sees a byte: a foreign, truncated or corrupted file is rejected (never allocated for, never half-read into a
/// model). The hash covers the compressed bytes as stored, so every changed bit is a miss, even one Brotli would decode to
/// the same payload.
/// </summary>
internal static class CacheEntryFile
{
    public const int HeaderSize = 16;

    /// <summary>Far above any file's model (the largest of a 1M-line corpus is 18 KB); a header claiming more is corrupt.</summary>
    public const int MaxPayloadBytes = 64 << 20;

    /// <summary>"FHM1", little-endian.</summary>
    private const uint Magic = 0x314D4846;

    /// <summary>
    /// Brotli's fastest level. On a 1M-line corpus the payloads are 81 MB; compressed they are 22 MB, every entry under a
    /// 4 KB disk block (37.5 MB on disk, against 98 MB uncompressed), for ~0.2 s of decompression in a warm audit.
    /// </summary>
    private const int Quality = 1;

    private const int Window = 22;

    /// <summary>The whole file for <paramref name="entry"/>: the returned array's first <paramref name="length"/> bytes.</summary>
    /// <remarks>
    /// Strings are stored as UTF-8 (MemoryPack's default: half the bytes for source text). A string UTF-8 cannot carry —
    /// a lone surrogate, as in the C# literal <c>"\uD800"</c> of a test of escaping code — makes MemoryPack throw; that
    /// entry is stored with UTF-16 strings instead, which hold any .NET string exactly. Reading needs no flag: MemoryPack
    /// marks each string's encoding in its length prefix.
    /// </remarks>
    public static byte[] Encode<T>(T entry, out int length)
        where T : IMemoryPackable<T>
    {
        byte[] payload;
        try
        {
            payload = MemoryPackSerializer.Serialize(entry);
        }
        catch (MemoryPackSerializationException)
        {
            payload = MemoryPackSerializer.Serialize(entry, MemoryPackSerializerOptions.Utf16);
        }

        return Frame(payload, out length);
    }

    /// <summary>Header and compressed <paramref name="payload"/>: the returned array's first <paramref name="length"/> bytes.</summary>
    public static byte[] Frame(ReadOnlySpan<byte> payload, out int length)
    {
        var file = new byte[HeaderSize + BrotliEncoder.GetMaxCompressedLength(payload.Length)];
        if (!BrotliEncoder.TryCompress(payload, file.AsSpan(HeaderSize), out var written, Quality, Window))
        {
            throw new InvalidOperationException("the destination has Brotli's own bound for this length");
        }

        length = HeaderSize + written;
        BinaryPrimitives.WriteUInt32LittleEndian(file, Magic);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(4), payload.Length);
        BinaryPrimitives.WriteUInt64LittleEndian(file.AsSpan(8), XxHash3.HashToUInt64(file.AsSpan(HeaderSize, written)));
        return file;
    }

    /// <summary>The entry stored in <paramref name="file"/>, or false when the bytes are not a whole, intact entry of type <typeparamref name="T"/>.</summary>
    public static bool TryDecode<T>(ReadOnlySpan<byte> file, [NotNullWhen(true)] out T? entry)
        where T : class, IMemoryPackable<T>
    {
        entry = null;
        if (file.Length < HeaderSize || BinaryPrimitives.ReadUInt32LittleEndian(file) != Magic)
        {
            return false;
        }

        var length = BinaryPrimitives.ReadInt32LittleEndian(file[4..]);
        var hash = BinaryPrimitives.ReadUInt64LittleEndian(file[8..]);
        if (length is < 0 or > MaxPayloadBytes || XxHash3.HashToUInt64(file[HeaderSize..]) != hash)
        {
            return false;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            var payload = buffer.AsSpan(0, length);
            return BrotliDecoder.TryDecompress(file[HeaderSize..], payload, out var written) && written == length
                && TryDeserialize(payload, out entry);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static bool TryDeserialize<T>(ReadOnlySpan<byte> payload, [NotNullWhen(true)] out T? entry)
        where T : class, IMemoryPackable<T>
    {
        entry = null;
        try
        {
            // The hash makes garbage here all but impossible; a file crafted to pass it must still not crash the audit.
            return MemoryPackSerializer.Deserialize(payload, ref entry) == payload.Length && entry is not null;
        }
        catch (Exception e) when (e is MemoryPackSerializationException or ArgumentException or OverflowException or IndexOutOfRangeException or InvalidOperationException)
        {
            entry = null;
            return false;
        }
    }
}
