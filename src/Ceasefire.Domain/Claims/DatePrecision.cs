namespace Ceasefire.Domain;

/// <summary>How precisely a <see cref="ClaimDate"/> is known.</summary>
/// <threadsafety>An enum: its values are immutable and thread-safe.</threadsafety>
public enum DatePrecision
{
    /// <summary>An exact instant.</summary>
    Instant,

    /// <summary>A day.</summary>
    Day,

    /// <summary>A month.</summary>
    Month,

    /// <summary>A year.</summary>
    Year,

    /// <summary>A range of days ("fall 2021", "by July 2022").</summary>
    Range,
}
