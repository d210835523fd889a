using System;

namespace Ceasefire.Domain.Serialization;

/// <summary>Limits applied when reading JSON. Immutable.</summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed record CeasefireJsonOptions
{
    /// <summary>The defaults: at most 64 levels of nesting and 256 MiB of UTF-8.</summary>
    public static CeasefireJsonOptions Default { get; } = new();

    /// <summary>The deepest nesting accepted; 1 to 256. The formats need 8.</summary>
    public int MaxDepth
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 256);
            field = value;
        }
    } = 64;

    /// <summary>The largest document accepted, in UTF-8 bytes; at least 1.</summary>
    public long MaxBytes
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1L);
            field = value;
        }
    } = 256L * 1024 * 1024;
}
