using System.Buffers;

namespace FloeHarden.Core.Reporting;

/// <summary>
/// A buffer writer over chunks that are never copied or cleared. A million-line audit's report document is 80 MB: grown
/// in one array, it was zeroed by the runtime, copied on every doubling and zeroed again, and the page faults of that
/// fresh memory cost more than writing the JSON (docs/performance.md). Here every byte is written once.
/// </summary>
internal sealed class ChunkedBufferWriter : IBufferWriter<byte>
{
    private const int ChunkSize = 1 << 20;

    private readonly List<(byte[] Chunk, int Length)> _full = [];
    private byte[] _current = [];
    private int _used;

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _current.Length - _used);
        _used += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0) => Ensure(sizeHint).AsMemory(_used);

    public Span<byte> GetSpan(int sizeHint = 0) => Ensure(sizeHint).AsSpan(_used);

    /// <summary>What was written, in order, as one sequence (the writer must not be written to afterwards).</summary>
    public ReadOnlySequence<byte> Written()
    {
        var chunks = _used > 0 ? [.. _full, (_current, _used)] : _full;
        if (chunks.Count == 0)
        {
            return ReadOnlySequence<byte>.Empty;
        }

        if (chunks.Count == 1)
        {
            return new ReadOnlySequence<byte>(chunks[0].Chunk, 0, chunks[0].Length);
        }

        var first = new Segment(chunks[0].Chunk.AsMemory(0, chunks[0].Length), 0);
        var last = first;
        foreach (var (chunk, length) in chunks.Skip(1))
        {
            last = last.Append(chunk.AsMemory(0, length));
        }

        return new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length);
    }

    private byte[] Ensure(int sizeHint)
    {
        if (_current.Length - _used >= Math.Max(sizeHint, 1))
        {
            return _current;
        }

        if (_used > 0)
        {
            _full.Add((_current, _used));
        }

        // Uninitialised: every byte handed out is written before it is read.
        _current = GC.AllocateUninitializedArray<byte>(Math.Max(ChunkSize, sizeHint));
        _used = 0;
        return _current;
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory, long runningIndex)
        {
            Memory = memory;
            RunningIndex = runningIndex;
        }

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory, RunningIndex + Memory.Length);
            Next = next;
            return next;
        }
    }
}
