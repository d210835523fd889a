using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Ardalis.GuardClauses;
using NodaTime;

namespace Ceasefire.Domain;

/// <summary>
/// Where every obligation of a statement stands at one instant under one perspective, and whether the statement itself
/// is in force. <c>report["a2-aghdam-return"]</c> gives one obligation's assessment. Built only by the library.
/// Equality (<c>==</c> included) is by value (statement, instant, perspective and every assessment); hashing uses only the
/// instant, perspective, statement status and number of obligations, so it computes no explanation.
/// </summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed class ComplianceReport : IEquatable<ComplianceReport>
{
    private readonly Evaluator? _evaluator;
    private StatementDetails? _statementDetails;

    internal ComplianceReport(Statement statement, Instant asOf, Perspective perspective, StatementStatus statementStatus, string statementReason,
        ImmutableArray<ClaimUse> statementClaims, ImmutableArray<ObligationAssessment> obligations)
    {
        Statement = statement;
        AsOf = asOf;
        Perspective = perspective;
        StatementStatus = statementStatus;
        _statementDetails = new StatementDetails(statementReason, statementClaims);
        Obligations = obligations;
    }

    /// <summary>A report whose statement reason is computed on first use (the fast evaluation path).</summary>
    internal ComplianceReport(Statement statement, Instant asOf, Perspective perspective, StatementStatus statementStatus, Evaluator evaluator,
        ImmutableArray<ObligationAssessment> obligations)
    {
        Statement = statement;
        AsOf = asOf;
        Perspective = perspective;
        StatementStatus = statementStatus;
        _evaluator = evaluator;
        Obligations = obligations;
    }

    /// <summary>The statement evaluated.</summary>
    public Statement Statement { get; }

    /// <summary>The evaluation instant.</summary>
    public Instant AsOf { get; }

    /// <summary>The perspective.</summary>
    public Perspective Perspective { get; }

    /// <summary>Whether the statement itself is in force, disputed whether in force, or ended.</summary>
    public StatementStatus StatementStatus { get; }

    /// <summary>Why the statement has that status, in one line.</summary>
    public string StatementReason => Details.Reason;

    /// <summary>The claims about the statement itself that decided its status.</summary>
    public ImmutableArray<ClaimUse> StatementClaims => Details.Claims;

    private StatementDetails Details
    {
        get
        {
            var details = System.Threading.Volatile.Read(ref _statementDetails);
            if (details is null)
            {
                var (_, reason, claims) = _evaluator!.StatementDetails(AsOf, Perspective);
                var computed = new StatementDetails(reason, claims);
                details = System.Threading.Interlocked.CompareExchange(ref _statementDetails, computed, null) ?? computed;
            }

            return details;
        }
    }

    /// <summary>Every obligation's assessment, in statement order.</summary>
    public ImmutableArray<ObligationAssessment> Obligations { get; }

    /// <summary>The assessment of the obligation with the given id.</summary>
    /// <param name="obligationId">The obligation id.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="KeyNotFoundException">The statement has no such obligation.</exception>
    public ObligationAssessment this[string obligationId]
    {
        get
        {
            Guard.Against.Null(obligationId);
            return Statement.TryGetObligationIndex(obligationId, out var index)
                ? Obligations[index]
                : throw new KeyNotFoundException(string.Concat("The statement has no obligation '", obligationId, "'."));
        }
    }

    /// <summary>The obligations whose status differs between this report and another (another instant or perspective).</summary>
    /// <param name="other">A report of the same statement.</param>
    /// <returns>The differences, in statement order.</returns>
    /// <exception cref="ArgumentException">The other report is of a different statement.</exception>
    public ImmutableArray<StatusDifference> Compare(ComplianceReport other)
    {
        Guard.Against.Null(other);
        if (!other.Statement.PrimaryText.Equals(Statement.PrimaryText))
        {
            throw new ArgumentException("The reports are of different statements (a statement and its readings may be compared).", nameof(other));
        }

        var result = ImmutableArray.CreateBuilder<StatusDifference>();
        foreach (var mine in Obligations)
        {
            var theirs = other[mine.ObligationId];
            if (mine.Status != theirs.Status)
            {
                result.Add(new StatusDifference(mine.ObligationId, mine.Status, theirs.Status, mine.Explanation.Reason, theirs.Explanation.Reason));
            }
        }

        return result.ToImmutable();
    }

    /// <summary>The next deadlines after <see cref="AsOf"/> that still matter under this report: due instants of obligations still pending (after agreed extensions), and the next notice cut-off and end of terms in force.</summary>
    /// <returns>The deadlines, earliest first.</returns>
    public ImmutableArray<DeadlineEntry> UpcomingDeadlines()
    {
        if (StatementStatus == StatementStatus.NotYetInForce)
        {
            // Nothing has happened yet: the text's own deadlines, with each term's first cut-off and end.
            return Statement.UpcomingDeadlines(AsOf, Statement.Obligations.Length * 2);
        }

        var entries = new List<DeadlineEntry>();
        foreach (var a in Obligations)
        {
            if (a.Term is { } term && a.Status is not ObligationStatus.Terminated)
            {
                if (term.NoticeCutoff > AsOf)
                {
                    entries.Add(new DeadlineEntry(a.ObligationId, DeadlineEventKind.NoticeCutoff, term.NoticeCutoff, string.Concat("last instant to give notice not to renew term ", Text.Number(term.Number))));
                }

                entries.Add(new DeadlineEntry(a.ObligationId, DeadlineEventKind.TermEnd, term.End, string.Concat("term ", Text.Number(term.Number), " ends")));
            }
            else if (a.DueInstant is { } due && due > AsOf && a.Status is ObligationStatus.Pending or ObligationStatus.PartiallyFulfilled)
            {
                entries.Add(new DeadlineEntry(a.ObligationId, DeadlineEventKind.Due, due, a.Explanation.DeadlineReading ?? "due"));
            }
        }

        entries.Sort(static (x, y) => x.Instant.CompareTo(y.Instant));
        return [.. entries];
    }

    /// <inheritdoc />
    public bool Equals(ComplianceReport? other)
        => other is not null
           && (ReferenceEquals(this, other)
               || (AsOf == other.AsOf && Perspective.Equals(other.Perspective) && StatementStatus == other.StatementStatus
                   && StatementReason == other.StatementReason && Statement.Equals(other.Statement)
                   && Equality.Sequence(StatementClaims, other.StatementClaims) && Equality.Sequence(Obligations, other.Obligations)));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as ComplianceReport);

    /// <summary>Whether two values are equal, as <see cref="Equals(ComplianceReport)"/>; two <see langword="null"/>s are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they are equal.</returns>
    public static bool operator ==(ComplianceReport? left, ComplianceReport? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two values differ, as the negation of <see langword="operator"/> <c>==</c>.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ComplianceReport? left, ComplianceReport? right) => !(left == right);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(AsOf, Perspective, StatementStatus, Obligations.Length);

    /// <summary>A plain-text compliance matrix: one line per obligation with its status and reason, each ended by a line
    /// feed (<c>\n</c>). Control characters in user text (titles, names, reasons) are escaped (<c>\n</c>, <c>\r</c>,
    /// <c>\u001B</c>), so user text can neither forge a line nor drive a terminal.</summary>
    /// <returns>The report as text.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        text.Append(Text.Plain(Statement.Title)).Append(" as of ").Append(Text.Iso(AsOf)).Append(" (").Append(Text.InZone(AsOf, Statement.TimeZone)).Append("), ").Append(Text.Plain(Perspective.Name)).Append('\n');
        text.Append("Statement: ").Append(StatementStatus.ToString()).Append(" - ").Append(Text.Plain(StatementReason)).Append('\n');
        foreach (var a in Obligations)
        {
            text.Append(a.ObligationId).Append(": ").Append(a.Status.ToString()).Append(" - ").Append(Text.Plain(a.Explanation.Reason)).Append('\n');
        }

        return text.ToString();
    }

    private sealed record StatementDetails(string Reason, ImmutableArray<ClaimUse> Claims);
}
