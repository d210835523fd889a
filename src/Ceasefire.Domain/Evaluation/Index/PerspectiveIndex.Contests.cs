using System;

namespace Ceasefire.Domain.Evaluation;

/// <summary>Weighing contradictions: the claims that decided a status, and the camps of a contest.</summary>
internal sealed partial class PerspectiveIndex
{
    /// <summary>The positions of the claims that decided a status (when recorded), so that contests elsewhere can be skipped.</summary>
    private ref struct Witnesses
    {
        public const int Capacity = 8;
        private readonly Span<int> _positions;
        private readonly bool _record;
        private int _count;

        public Witnesses(Span<int> positions, bool record)
        {
            _positions = positions;
            _record = record;
            _count = 0;
        }

        public readonly bool Recording => _record;

        public void Add(int position)
        {
            if (_record && position >= 0)
            {
                _positions[_count++] = position;
            }
        }

        public readonly bool Touches(ReadOnlySpan<int> positions)
        {
            foreach (var p in positions)
            {
                if (_positions[.._count].Contains(p))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>The counted targets (position &lt; n) of a claim.</summary>
    private static ReadOnlySpan<int> Collect(int[] positions, int n, Span<int> buffer)
    {
        var count = 0;
        foreach (var p in positions)
        {
            if (p < n)
            {
                count++;
            }
        }

        var span = count <= buffer.Length ? buffer[..count] : new int[count];
        count = 0;
        foreach (var p in positions)
        {
            if (p < n)
            {
                span[count++] = p;
            }
        }

        return span;
    }

    /// <summary>Every counted claim that contradicts, or is contradicted by, one of the contested claims.</summary>
    private static ReadOnlySpan<int> Camp(Lists x, ReadOnlySpan<int> contested, int n, Span<int> buffer)
    {
        var span = buffer;
        var count = 0;
        foreach (var b in contested)
        {
            foreach (var c in x.Adjacent[b])
            {
                if (c >= n || span[..count].Contains(c))
                {
                    continue;
                }

                if (count == span.Length)
                {
                    var bigger = new int[span.Length * 2];
                    span.CopyTo(bigger);
                    span = bigger;
                }

                span[count++] = c;
            }
        }

        return span[..count];
    }
}
