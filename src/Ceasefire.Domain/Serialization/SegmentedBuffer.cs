using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;

namespace Ceasefire.Domain.Serialization;

/// <summary>
/// A buffer writer of pooled 1 MiB segments, for the string writers: a large document is never copied into ever larger
/// arrays as it grows (nor held as one large byte array); it is decoded once, segment by segment, into its string.
/// </summary>
internal sealed class SegmentedBuffer : IBufferWriter<byte>, IDisposable
{
    private const int SegmentSize = 1024 * 1024;

    private readonly List<(byte[] Array, int Length)> _full = [];
    private byte[] _current = ArrayPool<byte>.Shared.Rent(SegmentSize);
    private int _used;

    public void Advance(int count) => _used += count;

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        var start = Reserve(sizeHint); // may move to a new segment: read _current after it
        return _current.AsMemory(start);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        var start = Reserve(sizeHint);
        return _current.AsSpan(start);
    }

    private int Reserve(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_current.Length - _used < needed)
        {
            _full.Add((_current, _used));
            _current = ArrayPool<byte>.Shared.Rent(Math.Max(SegmentSize, needed));
            _used = 0;
        }

        return _used;
    }

    /// <summary>The bytes written, decoded from UTF-8 (a sequence cut between two segments is decoded whole).</summary>
    public override string ToString()
    {
        var decoder = new UTF8Encoding(false, false).GetDecoder();
        var chars = 0;
        foreach (var (array, length) in Segments())
        {
            chars += decoder.GetCharCount(array, 0, length, flush: false);
        }

        chars += decoder.GetCharCount([], 0, 0, flush: true);
        decoder.Reset();
        return string.Create(chars, this, static (span, self) =>
        {
            var decoder = new UTF8Encoding(false, false).GetDecoder();
            var written = 0;
            foreach (var (array, length) in self.Segments())
            {
                written += decoder.GetChars(array.AsSpan(0, length), span[written..], flush: false);
            }

            decoder.GetChars([], span[written..], flush: true);
        });
    }

    private IEnumerable<(byte[] Array, int Length)> Segments()
    {
        foreach (var segment in _full)
        {
            yield return segment;
        }

        yield return (_current, _used);
    }

    public void Dispose()
    {
        foreach (var (array, _) in _full)
        {
            ArrayPool<byte>.Shared.Return(array);
        }

        _full.Clear();
        ArrayPool<byte>.Shared.Return(_current);
        _current = [];
        _used = 0;
    }
}
