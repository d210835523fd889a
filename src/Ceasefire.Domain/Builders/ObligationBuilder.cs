using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using NodaTime;

#pragma warning disable CA1002 // Internal state: List<T> keeps it simple for the validators and the JSON layer.
#pragma warning disable CA2227 // The JSON layer sets the lists when reading.

namespace Ceasefire.Domain;

/// <summary>
/// Describes an <see cref="Obligation"/> inside <see cref="ArticleBuilder.Obligation"/>. Reads like the statement:
/// <c>o.OwedBy("ARM").OwedTo("AZE").Must().OneOff().DueBy(new LocalDate(2020, 11, 20))</c>. Unless set, an
/// obligation is a one-off obligation (MUST) with no deadline. The deontic kind, the performance kind, the deadline,
/// the condition, the description and the quoted words are each set once: a second setting is reported by
/// <see cref="StatementBuilder.Build"/> (as contradictory when it differs, as set twice when it repeats).
/// </summary>
/// <threadsafety>Not thread-safe: use a builder from one thread at a time. What it builds is immutable and thread-safe.</threadsafety>
public sealed class ObligationBuilder
{
    internal ObligationState State { get; }

    internal ObligationBuilder(ObligationState state) => State = state;

    /// <summary>Adds obligors.</summary>
    /// <param name="actorIds">Actor ids.</param>
    /// <returns>This builder.</returns>
    public ObligationBuilder OwedBy(params string[] actorIds) => AddAll(State.Obligors, actorIds);

    /// <summary>Records that the text names no obligor.</summary>
    /// <returns>This builder.</returns>
    public ObligationBuilder OwedByUnnamed()
    {
        State.ObligorUnnamed = State.Calls.Once("obligorUnnamed", "the unnamed obligor", State.ObligorUnnamed, true);
        return this;
    }

    /// <summary>Adds beneficiaries.</summary>
    /// <param name="actorIds">Actor ids.</param>
    /// <returns>This builder.</returns>
    public ObligationBuilder OwedTo(params string[] actorIds) => AddAll(State.Beneficiaries, actorIds);

    /// <summary>Makes it an obligation (MUST).</summary>
    /// <returns>This builder.</returns>
    public ObligationBuilder Must() => Deontic(DeonticKind.Obligation);

    /// <summary>Makes it a prohibition (SHANT).</summary>
    /// <returns>This builder.</returns>
    public ObligationBuilder MustNot() => Deontic(DeonticKind.Prohibition);

    /// <summary>Makes it a permission (MAY).</summary>
    /// <returns>This builder.</returns>
    public ObligationBuilder May() => Deontic(DeonticKind.Permission);

    /// <summary>Makes it a power.</summary>
    /// <returns>This builder.</returns>
    public ObligationBuilder Power() => Deontic(DeonticKind.Power);

    /// <summary>Performed once.</summary>
    /// <returns>This builder.</returns>
    public ObligationBuilder OneOff() => Performance(PerformanceKind.OneOff);

    /// <summary>In force over time, breakable many times.</summary>
    /// <returns>This builder.</returns>
    public ObligationBuilder Continuous() => Performance(PerformanceKind.Continuous);

    /// <summary>Partial progress over time.</summary>
    /// <returns>This builder.</returns>
    public ObligationBuilder OpenEndedProgress() => Performance(PerformanceKind.OpenEndedProgress);

    /// <summary>A term from the effective instant, renewed automatically unless notice is given in time (sets the performance kind and the deadline).</summary>
    /// <param name="term">The first term's length.</param>
    /// <param name="renewal">Each renewal's length.</param>
    /// <param name="notice">How long before a term's end notice must be given.</param>
    /// <returns>This builder.</returns>
    public ObligationBuilder RenewableTerm(Period term, Period renewal, Period notice)
    {
        Guard.Against.Null(term);
        Guard.Against.Null(renewal);
        Guard.Against.Null(notice);
        return Performance(PerformanceKind.Term).Due(Deadline.Renewable(term, renewal, notice));
    }

    /// <summary>Sets the deadline.</summary>
    /// <param name="deadline">The deadline.</param>
    /// <returns>This builder.</returns>
    public ObligationBuilder Due(Deadline deadline)
    {
        Guard.Against.Null(deadline);
        State.Deadline = State.Calls.Once("deadline", "the deadline", State.Deadline, DeadlineDto.From(deadline));
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
    public ObligationBuilder DueWithin(Period period, DeadlineAnchor anchor = DeadlineAnchor.EffectiveFrom) => Due(Deadline.Within(Guard.Against.Null(period), anchor));

    /// <summary>Sets the condition the obligation waits for.</summary>
    /// <param name="condition">The condition.</param>
    /// <returns>This builder.</returns>
    public ObligationBuilder Upon(Condition condition)
    {
        Guard.Against.Null(condition);
        State.Condition = State.Calls.Once("condition", "the condition", State.Condition, ConditionDto.From(condition));
        return this;
    }

    /// <summary>Sets a neutral description of what is owed (required).</summary>
    /// <param name="description">The description.</param>
    /// <returns>This builder.</returns>
    public ObligationBuilder Described(string description)
    {
        Guard.Against.Null(description);
        if (State.Calls.First("description", "the description"))
        {
            State.Description = description;
        }

        return this;
    }

    /// <summary>Sets the exact words of the article it rests on (required; they must appear in the article's text).</summary>
    /// <param name="words">A passage of the article's primary text.</param>
    /// <returns>This builder.</returns>
    public ObligationBuilder Quoting(string words)
    {
        Guard.Against.Null(words);
        if (State.Calls.First("basis", "the quoted words"))
        {
            State.Basis = words;
        }

        return this;
    }

    /// <summary>Adds a quantity the text names.</summary>
    /// <param name="value">The amount, zero or more.</param>
    /// <param name="unit">What is counted or the unit.</param>
    /// <returns>This builder.</returns>
    public ObligationBuilder Counting(decimal value, string unit)
    {
        Guard.Against.Null(unit);
        State.Quantities.AddCreated(State.Calls, "quantities", () => QuantityDto.From(new Quantity(value, unit)));
        return this;
    }

    /// <summary>Adds obligations performed in parallel with this one.</summary>
    /// <param name="obligationIds">Obligation ids.</param>
    /// <returns>This builder.</returns>
    public ObligationBuilder InParallelWith(params string[] obligationIds) => AddAll(State.InParallelWith, obligationIds);

    /// <summary>Adds places the obligation concerns.</summary>
    /// <param name="placeIds">Place ids.</param>
    /// <returns>This builder.</returns>
    public ObligationBuilder Concerning(params string[] placeIds) => AddAll(State.PlaceIds, placeIds);

    private ObligationBuilder AddAll(List<string> list, string[] values)
    {
        list.AddRange(Guard.Against.Null(values));
        return this;
    }

    private ObligationBuilder Deontic(DeonticKind kind)
    {
        if (State.Calls.Choose("deonticKind", "the deontic kind", kind.ToString()))
        {
            State.DeonticKind = kind;
        }

        return this;
    }

    private ObligationBuilder Performance(PerformanceKind kind)
    {
        if (State.Calls.Choose("performanceKind", "the performance kind", kind.ToString()))
        {
            State.PerformanceKind = kind;
        }

        return this;
    }
}

// This builder's state, which is also the JSON shape (the conventions are in Builders/WireValues.cs).
/// <summary>The state of an <see cref="ObligationBuilder"/>.</summary>
internal sealed class ObligationState
{
    [JsonRequired]
    public string Id { get; set; } = string.Empty;

    [AllowNull]
    public List<string> Obligors { get; set => field = value ?? []; } = [];

    /// <summary>True, or null (not written) when the obligor is named.</summary>
    public bool? ObligorUnnamed { get; set; }

    [AllowNull]
    public List<string> Beneficiaries { get; set => field = value ?? []; } = [];

    [JsonRequired]
    public DeonticKind DeonticKind { get; set; } = DeonticKind.Obligation;

    [JsonRequired]
    public PerformanceKind PerformanceKind { get; set; } = PerformanceKind.OneOff;

    /// <summary>Null (not written) for no deadline.</summary>
    public DeadlineDto? Deadline { get; set; }

    public ConditionDto? Condition { get; set; }

    [JsonRequired]
    [DisallowNull]
    public string? Description { get; set; }

    [JsonRequired]
    [DisallowNull]
    public string? Basis { get; set; }

    [AllowNull]
    public List<QuantityDto> Quantities { get; set => field = value ?? []; } = [];

    [AllowNull]
    public List<string> InParallelWith { get; set => field = value ?? []; } = [];

    [AllowNull]
    public List<string> PlaceIds { get; set => field = value ?? []; } = [];

    [JsonIgnore]
    public CallLog Calls { get; set; } = new();

    /// <summary>The state of a built obligation.</summary>
    public static ObligationState From(Obligation o)
    {
        var state = new ObligationState
        {
            Id = o.Id,
            Obligors = [.. o.Obligors],
            ObligorUnnamed = o.ObligorUnnamed ? true : null,
            Beneficiaries = [.. o.Beneficiaries],
            DeonticKind = o.DeonticKind,
            PerformanceKind = o.PerformanceKind,
            Deadline = o.Deadline is NoDeadline ? null : DeadlineDto.From(o.Deadline),
            Condition = o.Condition is { } condition ? ConditionDto.From(condition) : null,
            Description = o.Description,
            Basis = o.Basis,
            InParallelWith = [.. o.InParallelWith],
            PlaceIds = [.. o.PlaceIds],
        };
        foreach (var q in o.Quantities)
        {
            state.Quantities.Add(QuantityDto.From(q));
        }

        return state;
    }
}
