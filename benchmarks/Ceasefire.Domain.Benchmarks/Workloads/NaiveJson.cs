using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using NodaTime.Text;

namespace Ceasefire.Domain.Benchmarks;

/// <summary>
/// The naive JSON baseline: what a user would write by hand: plain records serialized with reflection-based
/// System.Text.Json, and on load the claims rebuilt through the public <see cref="TimelineBuilder"/> (so both paths
/// end with the same validated timeline). It handles the claims the generator writes (extensions are "by" a date).
/// </summary>
public static class NaiveJson
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true };

    /// <summary>Writes the claims as JSON.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <returns>JSON text.</returns>
    public static string Save(Timeline timeline) => JsonSerializer.Serialize(timeline.Claims.Select(ToPlain).ToList(), Options);

    /// <summary>Writes the claims as UTF-8 JSON to a stream.</summary>
    /// <param name="timeline">The timeline.</param>
    /// <param name="stream">The stream.</param>
    public static void Save(Timeline timeline, System.IO.Stream stream) => JsonSerializer.Serialize(stream, timeline.Claims.Select(ToPlain).ToList(), Options);

    /// <summary>Reads claims written by <see cref="Save(Timeline)"/> and builds a validated timeline.</summary>
    /// <param name="json">JSON text.</param>
    /// <param name="statement">The statement.</param>
    /// <returns>The timeline.</returns>
    public static Timeline Load(string json, Statement statement) => Build(JsonSerializer.Deserialize<List<PlainClaim>>(json, Options)!, statement);

    /// <summary>Reads UTF-8 claims written by <see cref="Save(Timeline, System.IO.Stream)"/> and builds a validated timeline.</summary>
    /// <param name="utf8">UTF-8 JSON.</param>
    /// <param name="statement">The statement.</param>
    /// <returns>The timeline.</returns>
    public static Timeline Load(byte[] utf8, Statement statement) => Build(JsonSerializer.Deserialize<List<PlainClaim>>(utf8, Options)!, statement);

    private static Timeline Build(List<PlainClaim> plain, Statement statement)
    {
        var builder = Timeline.CreateBuilder(statement);
        foreach (var p in plain)
        {
            var c = new ClaimDraft(p.Id)
            {
                Kind = p.Kind,
                Date = ToDate(p.Date),
                End = p.End is null ? null : ToDate(p.End),
                Claimant = new Claimant(p.ClaimantName, p.ClaimantActorId, p.ClaimantSide),
                ActorId = p.ActorId,
                KnownOn = LocalDatePattern.Iso.Parse(p.KnownOn).Value,
                Summary = p.Summary,
                Quantity = p.QuantityUnit is null ? null : new Quantity(p.QuantityValue, p.QuantityUnit),
                NewDeadline = p.NewDeadlineBy is null ? null : Deadline.By(LocalDatePattern.Iso.Parse(p.NewDeadlineBy).Value),
                RequestedBy = p.RequestedBy,
                Reason = p.Reason,
            };
            c.ObligationIds.AddRange(p.ObligationIds);
            p.Sources.ForEach(s => c.Sources.Add(new Citation(s[0], s[1])));
            c.AgreedBy.AddRange(p.AgreedBy);
            c.Contradicts.AddRange(p.Contradicts);
            builder.Claim(c.Id, c.Apply);
        }

        return builder.Build();
    }

    private static PlainClaim ToPlain(Claim c) => new()
    {
        Id = c.Id,
        Kind = c.Kind,
        ObligationIds = [.. c.ObligationIds],
        Date = ToPlain(c.Date),
        End = c.End is null ? null : ToPlain(c.End),
        ClaimantName = c.Claimant.Name,
        ClaimantActorId = c.Claimant.ActorId,
        ClaimantSide = c.Claimant.Side,
        ActorId = c.ActorId,
        Sources = c.Sources.Select(s => new List<string> { s.Source, s.Locator }).ToList(),
        KnownOn = LocalDatePattern.Iso.Format(c.KnownOn),
        Summary = c.Summary,
        QuantityValue = c.Quantity?.Value ?? 0,
        QuantityUnit = c.Quantity?.Unit,
        NewDeadlineBy = c.NewDeadline is DateDeadline d ? LocalDatePattern.Iso.Format(d.Date) : null,
        RequestedBy = c.RequestedBy,
        AgreedBy = [.. c.AgreedBy],
        Reason = c.Reason,
        Contradicts = [.. c.Contradicts],
    };

    private static PlainDate ToPlain(ClaimDate d) => new()
    {
        Precision = d.Precision,
        First = LocalDatePattern.Iso.Format(d.First),
        Last = LocalDatePattern.Iso.Format(d.Last),
        Instant = d.Instant is { } i ? InstantPattern.ExtendedIso.Format(i) : null,
    };

    private static ClaimDate ToDate(PlainDate d) => d.Precision switch
    {
        DatePrecision.Instant => ClaimDate.At(InstantPattern.ExtendedIso.Parse(d.Instant!).Value),
        DatePrecision.Day => ClaimDate.On(LocalDatePattern.Iso.Parse(d.First).Value),
        DatePrecision.Month => ClaimDate.InMonth(LocalDatePattern.Iso.Parse(d.First).Value.Year, LocalDatePattern.Iso.Parse(d.First).Value.Month),
        DatePrecision.Year => ClaimDate.InYear(LocalDatePattern.Iso.Parse(d.First).Value.Year),
        _ => ClaimDate.Between(LocalDatePattern.Iso.Parse(d.First).Value, LocalDatePattern.Iso.Parse(d.Last).Value),
    };

    /// <summary>A claim as a plain record.</summary>
    public sealed class PlainClaim
    {
        /// <summary>Id.</summary>
        public string Id { get; set; } = string.Empty;

        /// <summary>Kind.</summary>
        public ClaimKind Kind { get; set; }

        /// <summary>Obligation ids.</summary>
        public List<string> ObligationIds { get; set; } = [];

        /// <summary>Date.</summary>
        public PlainDate Date { get; set; } = new();

        /// <summary>End.</summary>
        public PlainDate? End { get; set; }

        /// <summary>Claimant name.</summary>
        public string ClaimantName { get; set; } = string.Empty;

        /// <summary>Claimant actor.</summary>
        public string? ClaimantActorId { get; set; }

        /// <summary>Claimant side.</summary>
        public string? ClaimantSide { get; set; }

        /// <summary>Acting actor.</summary>
        public string? ActorId { get; set; }

        /// <summary>Sources as [source, locator].</summary>
        public List<List<string>> Sources { get; set; } = [];

        /// <summary>Known on.</summary>
        public string KnownOn { get; set; } = string.Empty;

        /// <summary>Summary.</summary>
        public string Summary { get; set; } = string.Empty;

        /// <summary>Quantity value.</summary>
        public decimal QuantityValue { get; set; }

        /// <summary>Quantity unit.</summary>
        public string? QuantityUnit { get; set; }

        /// <summary>New deadline (by a date).</summary>
        public string? NewDeadlineBy { get; set; }

        /// <summary>Requested by.</summary>
        public string? RequestedBy { get; set; }

        /// <summary>Agreed by.</summary>
        public List<string> AgreedBy { get; set; } = [];

        /// <summary>Termination reason.</summary>
        public TerminationReason? Reason { get; set; }

        /// <summary>Contradicted claims.</summary>
        public List<string> Contradicts { get; set; } = [];
    }

    /// <summary>A claim date as a plain record.</summary>
    public sealed class PlainDate
    {
        /// <summary>Precision.</summary>
        public DatePrecision Precision { get; set; }

        /// <summary>First day.</summary>
        public string First { get; set; } = string.Empty;

        /// <summary>Last day.</summary>
        public string Last { get; set; } = string.Empty;

        /// <summary>Instant, for instant precision.</summary>
        public string? Instant { get; set; }
    }
}
