using System.Globalization;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace Ceasefire.Domain.Tests.Properties;

/// <summary>Runs properties deterministically (a fixed replay seed) with a moderate number of cases, and shared generators.</summary>
internal static class PropertyRun
{
    /// <summary>The fixed seed; change it to explore other cases (a failure prints the seed to replay).</summary>
    public const ulong Seed = 20201110UL;

    // SplitMix needs an odd gamma.
    private const ulong Gamma = 0x9E3779B97F4A7C15UL;

    public static void Check(Property property, int cases)
        => property.Check(Config.QuickThrowOnFailure.WithMaxTest(cases).WithQuietOnSuccess(true).WithReplay(Seed, Gamma));

    /// <summary>Instants from 30 days before the effective instant to four years after it.</summary>
    public static Gen<Instant> InstantAround(Statement s)
        => Gen.Choose(-60 * 24 * 30, 60 * 24 * 365 * 4).Select(m => s.EffectiveFrom.Plus(Duration.FromMinutes(m)));

    /// <summary>Every kind of perspective: all claims, one party's only, siding with a party, a trust ordering, chosen sources, each optionally "as known on" a date.</summary>
    public static Gen<Perspective> PerspectiveFor(Statement s)
        => from shape in Gen.Choose(0, 4)
           from actor in Gen.Elements(s.Actors.Select(a => a.Id).ToArray())
           from sources in Gen.SubListOf(CeasefireGen.SourcePool).Where(l => l.Count > 0)
           from knownOn in Gen.Frequency((1, Gen.Constant<int?>(null)), (1, Gen.Choose(-30, 365 * 4).Select(d => (int?)d)))
           let p = shape switch
           {
               0 => Perspective.AllClaims,
               1 => Perspective.OnlyAssertedBy(actor),
               2 => Perspective.SidingWith(actor),
               3 => Perspective.Trusting([.. sources.Take(1), actor]),
               _ => Perspective.FromSources([.. sources]),
           }
           select knownOn is { } days ? p.AsKnownOn(s.EffectiveFrom.InZone(s.TimeZone).Date.PlusDays(days)) : p;

    /// <summary>
    /// Everything a report concludes, as text: the statement's status and every obligation's status, timeliness, due
    /// instant, rule, reason, sentences, claims used, dispute sides, breaches, per-obligor statuses, progress, term and
    /// termination reason. Leaves out only the claims set aside (the list, and any sentence about claims set aside), which by
    /// design names every claim outside the perspective.
    /// </summary>
    public static string Outcome(ComplianceReport report)
    {
        var b = new StringBuilder();
        b.Append("statement: ").Append(report.StatementStatus).Append(" | ").Append(report.StatementReason).Append(" | ")
            .AppendJoin(",", report.StatementClaims.Select(u => u.Claim.Id + ":" + u.Description)).Append('\n');
        foreach (var a in report.Obligations)
        {
            var e = a.Explanation;
            b.Append(a.ObligationId).Append(": ").Append(a.Status).Append(' ').Append(e.Timeliness).Append(" due ")
                .Append(e.DueInstant?.ToString() ?? "-").Append(" rule ").Append(e.RuleId).Append(" | ").Append(e.Reason)
                .Append(" | sentences ").AppendJoin(" / ", e.Sentences.Where(x => !x.Contains("set aside", System.StringComparison.OrdinalIgnoreCase)))
                .Append(" | used ").AppendJoin(",", e.ClaimsUsed.Select(u => u.Claim.Id + ":" + u.Description))
                .Append(" | sides ").AppendJoin(",", e.DisputeSides.Select(d => d.Status + "=" + string.Join("+", d.Claims.Select(c => c.Id))))
                .Append(" | breaches ").AppendJoin(",", a.Breaches.Select(r => string.Concat(r.Claim.Id, "/", r.BreachingActorId, "/", r.EndedBy?.Id, "/", r.IsOngoing.ToString())))
                .Append(" | obligors ").AppendJoin(",", a.ByObligor.Select(o => string.Concat(o.ActorId, "=", o.Status.ToString(), " ", o.Reason)))
                .Append(" | progress ").AppendJoin(",", a.Progress.Select(q => q.ToString()))
                .Append(" | term ").Append(a.Term?.ToString() ?? "-")
                .Append(" | ended ").Append(a.TerminationReason?.ToString() ?? "-")
                .Append('\n');
        }

        return b.ToString();
    }

    public static string Days(int days) => days.ToString(CultureInfo.InvariantCulture);
}
