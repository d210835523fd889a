using System.Linq;
using FluentAssertions;
using FsCheck.Fluent;
using Xunit;

namespace Ceasefire.Domain.Tests.Properties;

/// <summary>Properties of the evidence semantics (docs/semantics.md): attestations only ever help, incidents stay within their dates.</summary>
public class EvidenceProperties
{
    private static Timeline With(Case c, ClaimState extra) => EvaluationProperties.With(c, extra);

    /// <summary>A random case, instant and perspective, and one more claim of the given kind.</summary>
    private static FsCheck.Gen<(Case Case, NodaTime.Instant AsOf, Perspective Perspective, ClaimState Extra)> Questions(ClaimKind kind)
        => from c in CeasefireGen.Case
           from asOf in PropertyRun.InstantAround(c.Statement)
           from perspective in PropertyRun.PerspectiveFor(c.Statement)
           from extra in CeasefireGen.ClaimOfKind(c.Statement, c.Timeline.Claims.Length, kind)
           select (c, asOf, perspective, extra);

    /// <summary>Adding an attestation of compliance never turns an upheld obligation into anything worse: it stays upheld.</summary>
    [Fact]
    public void Evaluate_AttestationAdded_UpheldStaysUpheld()
    {
        var upheldSeen = 0;
        PropertyRun.Check(Prop.ForAll(Questions(ClaimKind.ComplianceAttested).ToArbitrary(), x =>
        {
            var (c, asOf, perspective, attestation) = x;
            var before = c.Statement.Evaluate(c.Timeline, asOf, perspective);
            var after = c.Statement.Evaluate(With(c, attestation), asOf, perspective);

            foreach (var a in before.Obligations.Where(a => a.Status == ObligationStatus.Upheld))
            {
                upheldSeen++;
                after[a.ObligationId].Status.Should().Be(ObligationStatus.Upheld, "attestation {0} was added", attestation.Id);
            }
        }), 300);
        upheldSeen.Should().BePositive("some cases must have an upheld obligation to test");
    }

    /// <summary>
    /// An incident never extends past its own date: its episode has ended once the closed hull of its date has passed
    /// (and never reads as ongoing), and an obligation whose only breach claims are incidents is breached only inside
    /// the hull of a counted incident.
    /// </summary>
    [Fact]
    public void Evaluate_Incident_NeverExtendsPastItsOwnDates()
    {
        var incidentsSeen = 0;
        PropertyRun.Check(Prop.ForAll(Questions(ClaimKind.Incident).ToArbitrary(), x =>
        {
            var (c, asOf, perspective, incident) = x;
            var timeline = With(c, incident);
            var report = c.Statement.Evaluate(timeline, asOf, perspective);
            var zone = c.Statement.TimeZone;
            foreach (var a in report.Obligations)
            {
                foreach (var b in a.Breaches.Where(b => b.IsIncident))
                {
                    incidentsSeen++;
                    var hullEnd = b.Claim.Date.Resolve(zone).End;
                    b.IsOngoing.Should().BeFalse();
                    if (asOf > hullEnd)
                    {
                        b.Until.Should().Be(hullEnd.PlusTicks(1), "incident {0} dated {1} has passed at {2}", b.Claim.Id, b.Claim.Date, asOf);
                    }
                }

                var onlyIncidents = timeline.ClaimsAbout(a.ObligationId).All(k => k.Kind is not (ClaimKind.Breached or ClaimKind.Suspended or ClaimKind.Denied) && k.Contradicts.IsEmpty);
                if (a.Status == ObligationStatus.Breached && onlyIncidents)
                {
                    a.Breaches.Should().Contain(b => b.IsIncident && b.Until == null && b.Claim.Date.Resolve(zone).Start <= asOf && asOf <= b.Claim.Date.Resolve(zone).End);
                }
            }
        }), 300);
        incidentsSeen.Should().BePositive();
    }
}
