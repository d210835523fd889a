using System;
using System.Collections.Generic;

namespace Ceasefire.Domain;

/// <summary>A mutable description of an <see cref="Actor"/>, used inside <see cref="StatementBuilder"/>.</summary>
public sealed class ActorBuilder
{
    /// <summary>Creates a builder for the actor with the given id and name.</summary>
    /// <param name="id">The stable id.</param>
    /// <param name="name">The name used in the primary text.</param>
    public ActorBuilder(string id, string name)
    {
        Id = id;
        Name = name;
    }

    /// <summary>The stable id.</summary>
    public string Id { get; set; }

    /// <summary>The name used in the primary text.</summary>
    public string Name { get; set; }

    /// <summary>The actor's roles.</summary>
    public ActorRoles Roles { get; set; }

    /// <summary>Other names and spellings.</summary>
    public IList<string> Aliases { get; } = new List<string>();

    /// <summary>The id of the actor this one belongs to, or <see langword="null"/>.</summary>
    public string? ParentId { get; set; }

    /// <summary>A neutral description, or <see langword="null"/>.</summary>
    public string? Description { get; set; }

    /// <summary>Adds roles.</summary>
    /// <param name="roles">The roles to add.</param>
    /// <returns>This builder.</returns>
    public ActorBuilder As(ActorRoles roles)
    {
        Roles |= roles;
        return this;
    }

    /// <summary>Adds aliases.</summary>
    /// <param name="aliases">Other names or spellings.</param>
    /// <returns>This builder.</returns>
    public ActorBuilder AlsoKnownAs(params string[] aliases)
    {
        ArgumentNullException.ThrowIfNull(aliases);
        foreach (var alias in aliases)
        {
            Aliases.Add(alias);
        }

        return this;
    }

    /// <summary>Sets the actor this one belongs to.</summary>
    /// <param name="parentId">The parent actor's id.</param>
    /// <returns>This builder.</returns>
    public ActorBuilder PartOf(string parentId)
    {
        ParentId = parentId;
        return this;
    }

    /// <summary>Sets the description.</summary>
    /// <param name="description">A neutral description.</param>
    /// <returns>This builder.</returns>
    public ActorBuilder Described(string description)
    {
        Description = description;
        return this;
    }
}
