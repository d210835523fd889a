using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;

#pragma warning disable CA1002 // Internal state: List<T> keeps it simple for the validators and the JSON layer.
#pragma warning disable CA2227 // The JSON layer sets the lists when reading.

namespace Ceasefire.Domain;

/// <summary>Describes an <see cref="Actor"/> inside <see cref="StatementBuilder.Actor"/>.</summary>
/// <threadsafety>Not thread-safe: use a builder from one thread at a time. What it builds is immutable and thread-safe.</threadsafety>
public sealed class ActorBuilder
{
    internal ActorState State { get; }

    internal ActorBuilder(ActorState state) => State = state;

    /// <summary>Adds roles (roles given in several calls add up).</summary>
    /// <param name="roles">The roles to add.</param>
    /// <returns>This builder.</returns>
    public ActorBuilder As(ActorRoles roles)
    {
        RoleNames.Add(State.Roles, roles);
        State.UndefinedRoles |= roles & ~RoleNames.Defined;
        return this;
    }

    /// <summary>Adds other names or spellings.</summary>
    /// <param name="aliases">Other names or spellings.</param>
    /// <returns>This builder.</returns>
    public ActorBuilder AlsoKnownAs(params string[] aliases)
    {
        State.Aliases.AddRange(Guard.Against.Null(aliases));
        return this;
    }

    /// <summary>Sets the actor this one belongs to.</summary>
    /// <param name="parentId">The parent actor's id.</param>
    /// <returns>This builder.</returns>
    public ActorBuilder PartOf(string parentId)
    {
        Guard.Against.Null(parentId);
        State.ParentId = State.Calls.Once("parentId", "the parent actor", State.ParentId, parentId);
        return this;
    }

    /// <summary>Sets a neutral description.</summary>
    /// <param name="description">A neutral description.</param>
    /// <returns>This builder.</returns>
    public ActorBuilder Described(string description)
    {
        Guard.Against.Null(description);
        State.Description = State.Calls.Once("description", "the description", State.Description, description);
        return this;
    }
}

// This builder's state, which is also the JSON shape (the conventions are in Builders/WireValues.cs).
/// <summary>The state of an <see cref="ActorBuilder"/>.</summary>
internal sealed class ActorState
{
    [JsonRequired]
    public string Id { get; set; } = string.Empty;

    [JsonRequired]
    public string Name { get; set; } = string.Empty;

    /// <summary>The role names (<see cref="RoleNames"/>).</summary>
    [AllowNull]
    public List<string> Roles { get; set => field = value ?? []; } = [];

    [AllowNull]
    public List<string> Aliases { get; set => field = value ?? []; } = [];

    public string? ParentId { get; set; }

    public string? Description { get; set; }

    /// <summary>Role flags a builder was given that have no name (reported when building).</summary>
    [JsonIgnore]
    public ActorRoles UndefinedRoles { get; set; }

    [JsonIgnore]
    public CallLog Calls { get; set; } = new();

    /// <summary>The state of a built actor (a starting point: each value can still be set once).</summary>
    public static ActorState From(Actor actor)
    {
        var state = new ActorState { Id = actor.Id, Name = actor.Name, Aliases = [.. actor.Aliases], ParentId = actor.ParentId, Description = actor.Description };
        RoleNames.Add(state.Roles, actor.Roles);
        return state;
    }
}
