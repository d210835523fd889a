using Ardalis.GuardClauses;

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
        if (State.Calls.First("parentId", "the parent actor"))
        {
            State.ParentId = parentId;
        }

        return this;
    }

    /// <summary>Sets a neutral description.</summary>
    /// <param name="description">A neutral description.</param>
    /// <returns>This builder.</returns>
    public ActorBuilder Described(string description)
    {
        Guard.Against.Null(description);
        if (State.Calls.First("description", "the description"))
        {
            State.Description = description;
        }

        return this;
    }
}
