using Ardalis.GuardClauses;

namespace Ceasefire.Domain;

/// <summary>Describes a <see cref="Place"/> inside <see cref="StatementBuilder.Place"/>.</summary>
/// <threadsafety>Not thread-safe: use a builder from one thread at a time. What it builds is immutable and thread-safe.</threadsafety>
public sealed class PlaceBuilder
{
    internal PlaceState State { get; }

    internal PlaceBuilder(PlaceState state) => State = state;

    /// <summary>Adds another spelling.</summary>
    /// <param name="name">The spelling.</param>
    /// <param name="usage">Who uses it or where it appears.</param>
    /// <returns>This builder.</returns>
    public PlaceBuilder AlsoKnownAs(string name, string usage)
    {
        Guard.Against.Null(name);
        Guard.Against.Null(usage);
        State.Aliases.AddCreated(State.Calls, "aliases", () => PlaceNameDto.From(new PlaceName(name, usage)));
        return this;
    }

    /// <summary>Sets who uses the primary spelling (by default "primary text").</summary>
    /// <param name="usage">Who uses it.</param>
    /// <returns>This builder.</returns>
    public PlaceBuilder NameUsedBy(string usage)
    {
        Guard.Against.Null(usage);
        if (State.Calls.First("nameUsage", "who uses the primary name"))
        {
            State.NameUsage = usage;
        }

        return this;
    }
}
