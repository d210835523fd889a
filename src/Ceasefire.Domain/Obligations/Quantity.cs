using System;
using Ardalis.GuardClauses;

namespace Ceasefire.Domain;

/// <summary>
/// A counted or measured amount named by an obligation ("1960 servicemen", "5 km") or by a claim of partial
/// performance ("15 prisoners"). Equality is by value (unit compared ordinally).
/// </summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed record Quantity
{
    /// <summary>Creates a quantity.</summary>
    /// <param name="value">The amount; not negative.</param>
    /// <param name="unit">What is counted or the unit of measure, for example "servicemen" or "km". Not blank.</param>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    /// <exception cref="ArgumentException">The unit is blank.</exception>
    public Quantity(decimal value, string unit)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        Guard.Against.NullOrWhiteSpace(unit);
        Value = value;
        Unit = unit;
    }

    /// <summary>The amount.</summary>
    public decimal Value { get; }

    /// <summary>What is counted, or the unit of measure.</summary>
    public string Unit { get; }

    /// <summary>Formats the quantity as <c>value unit</c>, culture-invariant.</summary>
    /// <returns>The quantity as text.</returns>
    public override string ToString() => string.Concat(Text.Number(Value), " ", Text.Plain(Unit));
}
