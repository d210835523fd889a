using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace Ceasefire.Domain.Validation;

/// <summary>
/// Turns the values a builder holds as written (Builders/WireValues.cs) into model values, reporting what does not
/// convert under its path. Values a fluent call stored always convert: the call checked them.
/// </summary>
internal static class WireValues
{
    public static Deadline? ToDeadline(DeadlineDto d, string path, ProblemList problems)
    {
        var before = problems.Count;
        void Need(bool present, string field)
        {
            if (!present)
            {
                problems.Add(string.Concat(path, ".", field), ValidationCodes.Required, string.Concat("a ", d.Kind.ToString(), " deadline needs '", field, "'"));
            }
        }

        switch (d.Kind)
        {
            case DeadlineKind.None:
                return Deadline.None;
            case DeadlineKind.Date:
                Need(d.Date.HasValue, "date");
                Need(d.Interpretation.HasValue, "interpretation");
                return problems.Count == before ? new DateDeadline(d.Date!.Value, d.Interpretation!.Value) : null;
            case DeadlineKind.Instant:
                Need(d.Instant.HasValue, "instant");
                return problems.Count == before ? Deadline.At(d.Instant!.Value) : null;
            case DeadlineKind.LocalDateTime:
                Need(d.Local.HasValue, "local");
                return problems.Count == before ? Deadline.At(d.Local!.Value) : null;
            case DeadlineKind.Relative:
                Need(d.Period is not null, "period");
                return problems.Count == before ? Deadline.Within(d.Period!, d.Anchor ?? DeadlineAnchor.EffectiveFrom) : null;
            case DeadlineKind.RenewableTerm:
                Need(d.Term is not null, "term");
                Need(d.Renewal is not null, "renewal");
                Need(d.Notice is not null, "notice");
                return problems.Count == before ? Deadline.Renewable(d.Term!, d.Renewal!, d.Notice!) : null;
            default:
                problems.Add(path + ".kind", ValidationCodes.UnknownValue, "unknown deadline kind");
                return null;
        }
    }

    public static ClaimDate? ToClaimDate(ClaimDateDto d, string path, ProblemList problems)
    {
        try
        {
            switch (d.Precision)
            {
                case DatePrecision.Instant when d.Instant is { } instant:
                    return ClaimDate.At(instant);
                case DatePrecision.Day when d.First is { } day:
                    return ClaimDate.On(day);
                case DatePrecision.Month when d.First is { } first && first.Day == 1:
                    return ClaimDate.InMonth(first.Year, first.Month).WithQuantifier(d.Quantifier ?? DateQuantifier.Within);
                case DatePrecision.Year when d.First is { } first && first.Day == 1 && first.Month == 1:
                    return ClaimDate.InYear(first.Year).WithQuantifier(d.Quantifier ?? DateQuantifier.Within);
                case DatePrecision.Range when d.First is { } first && d.Last is { } last:
                    return ClaimDate.Between(first, last).WithQuantifier(d.Quantifier ?? DateQuantifier.Within);
                default:
                    problems.Add(path, ValidationCodes.Required, string.Concat("a ", d.Precision.ToString(), " date needs ", d.Precision switch
                    {
                        DatePrecision.Instant => "'instant'",
                        DatePrecision.Range => "'first' and 'last'",
                        DatePrecision.Month => "'first' on the first day of the month",
                        DatePrecision.Year => "'first' on 1 January",
                        _ => "'first'",
                    }));
                    return null;
            }
        }
        catch (ArgumentException e)
        {
            problems.Add(path, ValidationCodes.InvalidValue, e.Message);
            return null;
        }
    }

    public static Claimant? ToClaimant(ClaimantDto c, string path, ProblemList problems) => Create(path, problems, () => new Claimant(c.Name, c.ActorId, c.Side));

    public static Quantity? ToQuantity(QuantityDto q, string path, ProblemList problems) => Create(path, problems, () => new Quantity(q.Value, q.Unit));

    public static ImmutableArray<Citation> ToCitations(List<CitationDto> citations, string path, ProblemList problems, string nullMessage = "the item is null")
        => ToList(citations, path, problems, c => new Citation(c.Source, c.Locator), nullMessage);

    /// <summary>Converts each item of a list, reporting a null item or one its constructor refuses under the item's path.</summary>
    public static ImmutableArray<TModel> ToList<TWire, TModel>(List<TWire> items, string path, ProblemList problems, Func<TWire, TModel> create, string nullMessage = "the item is null")
        where TWire : class
        where TModel : class
    {
        // Called once per claim and list: the item's path is built only for a problem, and the values go straight into
        // the result's array (no builder, no copy when every item converts, the usual case).
        var result = new TModel[items.Count];
        var count = 0;
        for (var k = 0; k < items.Count; k++)
        {
            if (items[k] is not { } item)
            {
                problems.Add(string.Concat(path, "[", Text.Number(k), "]"), ValidationCodes.Required, nullMessage);
                continue;
            }

            try
            {
                var value = create(item);
                result[count++] = value;
            }
            catch (ArgumentException e)
            {
                problems.Add(string.Concat(path, "[", Text.Number(k), "]"), CallLog.CodeOf(e), Text.ExceptionSentence(e));
            }
        }

        return count == result.Length ? ImmutableCollectionsMarshal.AsImmutableArray(result) : ImmutableArray.Create(result, 0, count);
    }

    /// <summary>Creates a value, or reports why its constructor refused it.</summary>
    public static T? Create<T>(string path, ProblemList problems, Func<T> create)
        where T : class
    {
        try
        {
            return create();
        }
        catch (ArgumentException e)
        {
            problems.Add(path, CallLog.CodeOf(e), Text.ExceptionSentence(e));
            return null;
        }
    }
}
