using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;

#pragma warning disable CA1002 // Internal state: List<T> keeps it simple for the validators and the JSON layer.
#pragma warning disable CA2227 // The JSON layer sets the lists when reading.

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
        State.NameUsage = State.Calls.Once("nameUsage", "who uses the primary name", State.NameUsage, usage);
        return this;
    }
}

// This builder's state, which is also the JSON shape (the conventions are in Builders/WireValues.cs).
/// <summary>The state of a <see cref="PlaceBuilder"/>.</summary>
internal sealed class PlaceState
{
    [JsonRequired]
    public string Id { get; set; } = string.Empty;

    [JsonRequired]
    public string Name { get; set; } = string.Empty;

    [JsonRequired]
    public string NameUsage { get; set; } = "primary text";

    [AllowNull]
    public List<PlaceNameDto> Aliases { get; set => field = value ?? []; } = [];

    [JsonIgnore]
    public CallLog Calls { get; set; } = new();

    /// <summary>The state of a built place.</summary>
    public static PlaceState From(Place place)
    {
        var state = new PlaceState { Id = place.Id, Name = place.Name, NameUsage = place.Names[0].Usage };
        for (var i = 1; i < place.Names.Length; i++)
        {
            state.Aliases.Add(PlaceNameDto.From(place.Names[i]));
        }

        return state;
    }
}
