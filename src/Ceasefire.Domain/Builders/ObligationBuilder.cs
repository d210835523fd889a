using System;
using System.Collections.Generic;
using NodaTime;

namespace Ceasefire.Domain;

/// <summary>
/// A mutable description of an <see cref="Obligation"/>, used inside <see cref="ArticleBuilder"/>. Reads like the
/// statement: <c>o.OwedBy("ARM").OwedTo("AZE").Must().OneOff().DueBy(new LocalDate(2020, 11, 20))</c>.
/// </summary>
public sealed class ObligationBuilder
{
    /// <summary>Creates a builder.</summary>
    /// <param name="id">The stable id.</param>
    public ObligationBuilder(string id) => Id = id;

    /// <summary>The stable id.</summary>
    public string Id { get; set; }

    /// <summary>The ids of the actors who owe it.</summary>
    public IList<string> Obligors { get; } = new List<string>();

    /// <summary>Whether the text names no obligor; required to be set when <see cref="Obligors"/> is empty.</summary>
    public bool ObligorUnnamed { get; set; }

    /// <summary>The ids of the actors it is owed to.</summary>
    public IList<string> Beneficiaries { get; } = new List<string>();

    /// <summary>The deontic kind; defaults to <see cref="Domain.DeonticKind.Obligation"/>.</summary>
    public DeonticKind DeonticKind { get; set; } = DeonticKind.Obligation;

    /// <summary>The performance kind; defaults to <see cref="Domain.PerformanceKind.OneOff"/>.</summary>
    public PerformanceKind PerformanceKind { get; set; } = PerformanceKind.OneOff;

    /// <summary>The deadline; defaults to <see cref="Deadline.None"/>.</summary>
    public Deadline Deadline { get; set; } = Deadline.None;

    /// <summary>The condition, or <see langword="null"/>.</summary>
    public Condition? Condition { get; set; }

    /// <summary>A neutral description; required.</summary>
    public string? Description { get; set; }

    /// <summary>The exact words of the article it rests on; required, and must appear in the article's text.</summary>
    public string? Basis { get; set; }

    /// <summary>Quantities the text names.</summary>
    public IList<Quantity> Quantities { get; } = new List<Quantity>();

    /// <summary>Ids of obligations performed in parallel with this one.</summary>
    public IList<string> InParallelWith { get; } = new List<string>();

    /// <summary>Ids of the places it concerns.</summary>
    public IList<string> PlaceIds { get; } = new List<string>();

    /// <summary>Adds obligors.</summary>
    /// <param name="actorIds">Actor ids.</param>
    /// <returns>This builder.</returns>
    public ObligationBuilder OwedBy(params string[] actorIds) => AddAll(Obligors, actorIds);

    /// <summary>Records that the text names no obligor.</summary>
    /// <returns>This builder.</returns>
    public ObligationBuilder OwedByUnnamed()
    {
        ObligorUnnamed = true;
        return this;
    }

    /// <summary>Adds beneficiaries.</summary>
    /// <param name="actorIds">Actor ids.</param>
    /// <returns>This builder.</returns>
    public ObligationBuilder OwedTo(params string[] actorIds) => AddAll(Beneficiaries, actorIds);

    /// <summary>Makes it an obligation (MUST).</summary>
    /// <returns>This builder.</returns>
    public ObligationBuilder Must() => SetDeontic(DeonticKind.Obligation);

    /// <summary>Makes it a prohibition (SHANT).</summary>
    /// <returns>This builder.</returns>
    public ObligationBuilder MustNot() => SetDeontic(DeonticKind.Prohibition);

    /// <summary>Makes it a permission (MAY).</summary>
    /// <returns>This builder.</returns>
    public ObligationBuilder May() => SetDeontic(DeonticKind.Permission);

    /// <summary>Makes it a power.</summary>
    /// <returns>This builder.</returns>
    public ObligationBuilder Power() => SetDeontic(DeonticKind.Power);

    /// <summary>Performed once.</summary>
    /// <returns>This builder.</returns>
    public ObligationBuilder OneOff() => SetPerformance(PerformanceKind.OneOff);

    /// <summary>In force over time, breakable many times.</summary>
    /// <returns>This builder.</returns>
    public ObligationBuilder Continuous() => SetPerformance(PerformanceKind.Continuous);

    /// <summary>Partial progress over time.</summary>
    /// <returns>This builder.</returns>
    public ObligationBuilder OpenEndedProgress() => SetPerformance(PerformanceKind.OpenEndedProgress);

    /// <summary>A term from the effective instant, renewed automatically unless notice is given in time.</summary>
    /// <param name="term">The first term's length.</param>
    /// <param name="renewal">Each renewal's length.</param>
    /// <param name="notice">How long before a term's end notice must be given.</param>
    /// <returns>This builder.</returns>
    public ObligationBuilder RenewableTerm(Period term, Period renewal, Period notice)
    {
        PerformanceKind = PerformanceKind.Term;
        Deadline = Deadline.Renewable(term, renewal, notice);
        return this;
    }

    /// <summary>Sets the deadline.</summary>
    /// <param name="deadline">The deadline.</param>
    /// <returns>This builder.</returns>
    public ObligationBuilder Due(Deadline deadline)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        Deadline = deadline;
        return this;
    }

    /// <summary>Due by the end of the given day in the statement's zone.</summary>
    /// <param name="date">The date.</param>
    /// <returns>This builder.</returns>
    public ObligationBuilder DueBy(LocalDate date) => Due(Deadline.By(date));

    /// <summary>Due before the start of the given day in the statement's zone.</summary>
    /// <param name="date">The date.</param>
    /// <returns>This builder.</returns>
    public ObligationBuilder DueBefore(LocalDate date) => Due(Deadline.Before(date));

    /// <summary>Due within a period of an anchor.</summary>
    /// <param name="period">The period.</param>
    /// <param name="anchor">What it runs from.</param>
    /// <returns>This builder.</returns>
    public ObligationBuilder DueWithin(Period period, DeadlineAnchor anchor = DeadlineAnchor.EffectiveFrom) => Due(Deadline.Within(period, anchor));

    /// <summary>Sets the condition the obligation waits for.</summary>
    /// <param name="condition">The condition.</param>
    /// <returns>This builder.</returns>
    public ObligationBuilder Upon(Condition condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
        Condition = condition;
        return this;
    }

    /// <summary>Sets the description.</summary>
    /// <param name="description">A neutral description of what is owed.</param>
    /// <returns>This builder.</returns>
    public ObligationBuilder Described(string description)
    {
        Description = description;
        return this;
    }

    /// <summary>Sets the exact words of the article it rests on.</summary>
    /// <param name="words">A passage of the article's primary text.</param>
    /// <returns>This builder.</returns>
    public ObligationBuilder Quoting(string words)
    {
        Basis = words;
        return this;
    }

    /// <summary>Adds a quantity the text names.</summary>
    /// <param name="value">The amount.</param>
    /// <param name="unit">What is counted or the unit.</param>
    /// <returns>This builder.</returns>
    public ObligationBuilder Counting(decimal value, string unit)
    {
        Quantities.Add(new Quantity(value, unit));
        return this;
    }

    /// <summary>Adds obligations performed in parallel with this one.</summary>
    /// <param name="obligationIds">Obligation ids.</param>
    /// <returns>This builder.</returns>
    public ObligationBuilder InParallelWithObligations(params string[] obligationIds) => AddAll(InParallelWith, obligationIds);

    /// <summary>Adds places the obligation concerns.</summary>
    /// <param name="placeIds">Place ids.</param>
    /// <returns>This builder.</returns>
    public ObligationBuilder Concerning(params string[] placeIds) => AddAll(PlaceIds, placeIds);

    private ObligationBuilder AddAll(IList<string> list, string[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var value in values)
        {
            list.Add(value);
        }

        return this;
    }

    private ObligationBuilder SetDeontic(DeonticKind kind)
    {
        DeonticKind = kind;
        return this;
    }

    private ObligationBuilder SetPerformance(PerformanceKind kind)
    {
        PerformanceKind = kind;
        return this;
    }
}
