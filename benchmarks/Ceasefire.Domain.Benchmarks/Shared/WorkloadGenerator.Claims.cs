using System;
using System.Collections.Generic;
using NodaTime;

namespace Ceasefire.Domain.Benchmarks;

/// <summary>The generator's claims: a kind that fits the obligation, then its date, actor and particulars.</summary>
public static partial class WorkloadGenerator
{
    private static void FillClaim(ClaimDraft c, Obligation obligation, DeadlineContext context, List<string> recent, string? decisive, Random random)
    {
        var r = random.NextDouble();
        var kind = obligation.PerformanceKind switch
        {
            PerformanceKind.OneOff => r switch
            {
                < 0.004 => ClaimKind.Performed,
                < 0.40 => ClaimKind.PartlyPerformed,
                < 0.70 => ClaimKind.Breached,
                < 0.80 => ClaimKind.BreachEnded,
                < 0.83 => ClaimKind.DeadlineExtended,
                < 0.85 => ClaimKind.ConditionMet,
                < 0.86 => ClaimKind.Denied,
                < 0.87 => ClaimKind.Suspended,
                < 0.8702 => ClaimKind.Terminated,
                _ => ClaimKind.PartlyPerformed,
            },
            PerformanceKind.Continuous => r switch
            {
                < 0.60 => ClaimKind.Breached,
                < 0.90 => ClaimKind.BreachEnded,
                < 0.91 => ClaimKind.Suspended,
                < 0.92 => ClaimKind.Denied,
                < 0.94 => ClaimKind.ConditionMet,
                < 0.9402 => ClaimKind.Terminated,
                _ => ClaimKind.Breached,
            },
            PerformanceKind.OpenEndedProgress => r switch
            {
                < 0.003 => ClaimKind.Performed,
                < 0.85 => ClaimKind.PartlyPerformed,
                < 0.90 => ClaimKind.Breached,
                < 0.93 => ClaimKind.BreachEnded,
                < 0.94 => ClaimKind.Denied,
                < 0.945 => ClaimKind.Suspended,
                < 0.9452 => ClaimKind.Terminated,
                _ => ClaimKind.PartlyPerformed,
            },
            _ => r switch
            {
                < 0.55 => ClaimKind.Breached,
                < 0.85 => ClaimKind.BreachEnded,
                < 0.865 => ClaimKind.NoticeGiven,
                < 0.875 => ClaimKind.Suspended,
                < 0.885 => ClaimKind.Denied,
                < 0.8852 => ClaimKind.Terminated,
                _ => ClaimKind.Breached,
            },
        };
        if (kind == ClaimKind.ConditionMet && obligation.Condition is null)
        {
            kind = ClaimKind.Breached;
        }

        var baseDue = obligation.Deadline.DueInstant(context);
        if (kind == ClaimKind.DeadlineExtended && baseDue is null)
        {
            kind = ClaimKind.PartlyPerformed;
        }

        if (kind == ClaimKind.Denied && recent.Count == 0)
        {
            kind = ClaimKind.Breached;
        }

        // Incidents (episodes bounded by their dates) beside breach states; attestations of compliance beside ends.
        if (kind == ClaimKind.Breached && random.Next(3) == 0)
        {
            kind = ClaimKind.Incident;
        }
        else if (kind == ClaimKind.BreachEnded && obligation.PerformanceKind is PerformanceKind.Continuous or PerformanceKind.Term && random.Next(4) == 0)
        {
            kind = ClaimKind.ComplianceAttested;
        }

        c.Kind = kind;
        c.Claimant = PickClaimant(random);
        c.Sources.Add(Sources[random.Next(Sources.Length)]);
        if (random.Next(4) == 0)
        {
            var second = Sources[random.Next(Sources.Length)];
            if (!c.Sources.Contains(second))
            {
                c.Sources.Add(second);
            }
        }

        var obligors = obligation.Obligors;
        switch (kind)
        {
            case ClaimKind.Performed:
                c.Date = RandomDate(random);
                c.ActorId = obligors.IsEmpty || random.Next(5) == 0 ? null : obligors[random.Next(obligors.Length)];
                c.Summary = "Says the obligation was performed in full.";
                break;
            case ClaimKind.PartlyPerformed:
                c.Date = RandomDate(random);
                c.ActorId = obligors.IsEmpty || random.Next(5) == 0 ? null : obligors[random.Next(obligors.Length)];
                c.Quantity = random.Next(5) == 0 ? null : new Quantity(1 + random.Next(200), Units[random.Next(Units.Length)]);
                c.Summary = "Reports partial progress.";
                break;
            case ClaimKind.Breached:
            case ClaimKind.Suspended:
            case ClaimKind.Incident:
            case ClaimKind.ComplianceAttested:
                c.Date = RandomDate(random);
                if (c.Date.Precision is DatePrecision.Month or DatePrecision.Year or DatePrecision.Range && random.Next(3) == 0)
                {
                    c.Date = c.Date.WithQuantifier(DateQuantifier.Throughout);
                }

                c.ActorId = random.Next(10) switch
                {
                    0 => null,
                    1 => "X",
                    _ => obligors.IsEmpty ? null : obligors[random.Next(obligors.Length)],
                };
                if (kind != ClaimKind.Incident && random.Next(100) < (kind == ClaimKind.Suspended ? 70 : 50))
                {
                    c.End = EndAfter(c.Date, random);
                }

                c.Summary = kind switch
                {
                    ClaimKind.Breached => "Reports a breach.",
                    ClaimKind.Incident => "Reports an incident.",
                    ClaimKind.ComplianceAttested => "Reports that the obligation was being kept.",
                    _ => "Reports that the obligation was suspended.",
                };
                break;
            case ClaimKind.BreachEnded:
                c.Date = RandomDate(random);
                c.ActorId = random.Next(4) == 0 || obligors.IsEmpty ? null : obligors[random.Next(obligors.Length)];
                c.Summary = "Reports that a breach ended.";
                break;
            case ClaimKind.DeadlineExtended:
                {
                    var dueDay = baseDue!.Value.InZone(Zone).Date;
                    c.Date = ClaimDate.On(dueDay.PlusDays(random.Next(-30, 30)));
                    c.NewDeadline = Deadline.By(dueDay.PlusDays(1 + random.Next(400)));
                    c.RequestedBy = random.Next(10) == 0 ? "X" : obligors.IsEmpty ? null : obligors[0];
                    var all = random.Next(10) < 7;
                    foreach (var beneficiary in obligation.Beneficiaries)
                    {
                        if (all || random.Next(2) == 0)
                        {
                            c.AgreedBy.Add(beneficiary);
                        }
                    }

                    c.Summary = "Reports an extension of the deadline.";
                    break;
                }

            case ClaimKind.ConditionMet:
                c.Date = RandomDate(random);
                c.Summary = "Reports that the Parties reached the agreement the obligation waits for.";
                break;
            case ClaimKind.NoticeGiven:
                c.Date = random.Next(2) == 0
                    ? ClaimDate.On(new LocalDate(2021, 1, 1).PlusDays(random.Next(1200)))
                    : ClaimDate.InMonth(2022 + random.Next(4), 1 + random.Next(12));
                c.ActorId = random.Next(5) switch
                {
                    0 => "RUS",
                    1 or 2 => "ARM",
                    _ => "AZE",
                };
                c.Summary = "Reports notice not to renew the term.";
                break;
            case ClaimKind.Terminated:
                c.Date = RandomDate(random);
                c.Reason = (TerminationReason)random.Next(5);
                c.Summary = "Says the obligation ended.";
                break;
            default:
                c.Date = RandomDate(random);
                // Half the denials target the latest decisive claim (a performance, termination, suspension, notice,
                // extension or condition met), which is where disputes change a status.
                c.Contradicts.Add(decisive is not null && random.Next(2) == 0 ? decisive : recent[random.Next(recent.Count)]);
                c.Summary = "Denies an earlier claim.";
                break;
        }

        if (kind != ClaimKind.Denied && recent.Count > 0 && random.Next(200) == 0)
        {
            c.Contradicts.Add(recent[random.Next(recent.Count)]);
        }

        var last = c.Date.Last;
        c.KnownOn = random.Next(10) < 7 ? last.PlusDays(random.Next(8)) : last.PlusDays(random.Next(120));
        if (c.Date.Precision == DatePrecision.Range && random.Next(4) == 0)
        {
            c.KnownOn = c.Date.First;
        }
    }

    private static Claimant PickClaimant(Random random)
    {
        var total = 0;
        foreach (var w in ClaimantWeights)
        {
            total += w;
        }

        var pick = random.Next(total);
        for (var i = 0; i < ClaimantWeights.Length; i++)
        {
            pick -= ClaimantWeights[i];
            if (pick < 0)
            {
                return Claimants[i];
            }
        }

        return Claimants[^1];
    }

    private static ClaimDate RandomDate(Random random)
    {
        var day = FirstDay.PlusDays(random.Next(DaySpan));
        var p = random.Next(100);
        return p switch
        {
            < 55 => ClaimDate.On(day),
            < 70 => ClaimDate.At(Zone.AtStartOfDay(day).ToInstant().Plus(Duration.FromSeconds(random.Next(86_400)))),
            < 82 => ClaimDate.InMonth(day.Year, day.Month),
            < 88 => ClaimDate.InYear(day.Year),
            _ => ClaimDate.Between(day, day.PlusDays(1 + random.Next(90))),
        };
    }

    private static ClaimDate EndAfter(ClaimDate start, Random random)
    {
        if (start.Instant is { } instant && random.Next(2) == 0)
        {
            return ClaimDate.At(instant.Plus(Duration.FromMinutes(1 + random.Next(60 * 24 * 30))));
        }

        var day = start.Last.PlusDays(1 + random.Next(120));
        return random.Next(5) == 0 ? ClaimDate.InMonth(day.Year, day.Month) : ClaimDate.On(day);
    }
}
