using System;

namespace Ceasefire.Domain.Serialization;

/// <summary>Limits applied when reading JSON. Immutable.</summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed record CeasefireJsonOptions
{
    /// <summary>
    /// The defaults: at most 64 levels of nesting, 256 MiB of UTF-8, 64 KiB per string value and 256 bytes per field name.
    /// </summary>
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

    /// <summary>
    /// The longest string value accepted (a title, an article's text, a summary, an id, a date...), in UTF-8 bytes once
    /// unescaped; 1 to <see cref="int.MaxValue"/>; 65,536 (64 KiB) by default. A longer value is a validation problem
    /// (<see cref="ValidationCodes.TooLarge"/>) with its path, line and byte offset, found before any text is decoded; its
    /// value is not echoed. This bounds what one field can cost downstream (a title is repeated in every rendered page).
    /// </summary>
    public int MaxStringLength
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = 64 * 1024;

    /// <summary>
    /// The longest field name accepted, in UTF-8 bytes once unescaped; 1 to <see cref="int.MaxValue"/>; 256 by default
    /// (the formats' own names are far shorter). A longer name is a validation problem (<see cref="ValidationCodes.TooLarge"/>).
    /// </summary>
    public int MaxPropertyNameLength
    {
        get;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 1);
            field = value;
        }
    } = 256;
}
