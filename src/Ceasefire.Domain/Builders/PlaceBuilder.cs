using System.Collections.Generic;

namespace Ceasefire.Domain;

/// <summary>A mutable description of a <see cref="Place"/>, used inside <see cref="StatementBuilder"/>.</summary>
public sealed class PlaceBuilder
{
    /// <summary>Creates a builder for the place with the given id and primary spelling.</summary>
    /// <param name="id">The stable id.</param>
    /// <param name="name">The spelling of the statement's primary text.</param>
    public PlaceBuilder(string id, string name)
    {
        Id = id;
        Name = name;
    }

    /// <summary>The stable id.</summary>
    public string Id { get; set; }

    /// <summary>The spelling of the statement's primary text.</summary>
    public string Name { get; set; }

    /// <summary>Who uses the primary spelling; defaults to "primary text".</summary>
    public string NameUsage { get; set; } = "primary text";

    /// <summary>Other spellings, each with who uses it.</summary>
    public IList<PlaceName> Aliases { get; } = new List<PlaceName>();

    /// <summary>Adds another spelling.</summary>
    /// <param name="name">The spelling.</param>
    /// <param name="usage">Who uses it or where it appears.</param>
    /// <returns>This builder.</returns>
    public PlaceBuilder AlsoKnownAs(string name, string usage)
    {
        Aliases.Add(new PlaceName(name, usage));
        return this;
    }

    /// <summary>Sets who uses the primary spelling.</summary>
    /// <param name="usage">Who uses it.</param>
    /// <returns>This builder.</returns>
    public PlaceBuilder NameUsedBy(string usage)
    {
        NameUsage = usage;
        return this;
    }
}
