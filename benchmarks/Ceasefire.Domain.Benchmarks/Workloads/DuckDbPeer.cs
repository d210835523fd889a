using System;
using System.Collections.Generic;
using System.Globalization;
using DuckDB.NET.Data;
using NodaTime;

namespace Ceasefire.Domain.Benchmarks;

/// <summary>
/// The real peer: what a researcher would use instead of the library for "where did each obligation stand on each
/// day": the same claims in an in-memory DuckDB table, one row per (claim, obligation) with the instant the claim
/// counts from (the instant of an instant-precision claim, else the end of its resolved date range, in the statement's
/// zone, as the naive group-and-sort does), and two queries: (a) the latest claim per obligation counting by one
/// instant (<c>arg_max</c>), (b) the six-year daily series with an <c>ASOF JOIN</c> of days x obligations to claims.
/// DuckDB does less work than the library: no rules, perspectives, disputes, deadlines or explanations; it answers
/// "which claim is the latest" where the library answers "which status, by which rule, from which claims".
/// </summary>
public sealed class DuckDbPeer : IDisposable
{
    private readonly DuckDBConnection _connection;

    /// <summary>Loads the claims (and the obligation ids and the days of the series) into an in-memory database.</summary>
    /// <param name="statement">The statement (its zone resolves the claims' dates).</param>
    /// <param name="timeline">The claims.</param>
    /// <param name="days">The instants of the daily series.</param>
    public DuckDbPeer(Statement statement, Timeline timeline, IReadOnlyList<Instant> days)
    {
        ArgumentNullException.ThrowIfNull(statement);
        ArgumentNullException.ThrowIfNull(timeline);
        ArgumentNullException.ThrowIfNull(days);
        _connection = new DuckDBConnection("DataSource=:memory:");
        _connection.Open();
        Execute("CREATE TABLE claims (obligation_id VARCHAR, claim_id VARCHAR, kind VARCHAR, counts_at TIMESTAMP)");
        Execute("CREATE TABLE obligations (obligation_id VARCHAR)");
        Execute("CREATE TABLE days (day TIMESTAMP)");
        var zone = statement.TimeZone;
        var kinds = Enum.GetNames<ClaimKind>();
        using (var appender = _connection.CreateAppender("claims"))
        {
            foreach (var claim in timeline.Claims)
            {
                var range = claim.Date.Resolve(zone);
                var at = (claim.Date.Precision == DatePrecision.Instant ? range.Start : range.End).ToDateTimeUtc();
                foreach (var id in claim.ObligationIds)
                {
                    appender.CreateRow().AppendValue(id).AppendValue(claim.Id).AppendValue(kinds[(int)claim.Kind]).AppendValue(at).EndRow();
                }
            }
        }

        using (var appender = _connection.CreateAppender("obligations"))
        {
            foreach (var o in statement.Obligations)
            {
                appender.CreateRow().AppendValue(o.Id).EndRow();
            }
        }

        using (var appender = _connection.CreateAppender("days"))
        {
            foreach (var day in days)
            {
                appender.CreateRow().AppendValue(day.ToDateTimeUtc()).EndRow();
            }
        }

        Execute("CREATE TABLE grid AS SELECT o.obligation_id, d.day FROM obligations o CROSS JOIN days d");
    }

    /// <summary>(a) The latest claim per obligation counting by the instant; every row is read.</summary>
    /// <param name="asOf">The instant.</param>
    /// <returns>The number of obligations with a claim.</returns>
    public int LatestClaimPerObligation(Instant asOf)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = string.Concat("SELECT obligation_id, arg_max(claim_id, counts_at), arg_max(kind, counts_at) FROM claims WHERE counts_at <= TIMESTAMP '",
            asOf.ToDateTimeUtc().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), "' GROUP BY obligation_id");
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            _ = reader.GetString(2);
            rows++;
        }

        return rows;
    }

    /// <summary>(b) The daily series: for every obligation and day, the kind of the latest claim by that day (ASOF JOIN); every row is read.</summary>
    /// <returns>The number of (obligation, day) rows.</returns>
    public int DailySeries()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT g.obligation_id, g.day, c.kind FROM grid g ASOF LEFT JOIN claims c ON g.obligation_id = c.obligation_id AND c.counts_at <= g.day";
        using var reader = command.ExecuteReader();
        var rows = 0;
        while (reader.Read())
        {
            _ = reader.IsDBNull(2) ? null : reader.GetString(2);
            rows++;
        }

        return rows;
    }

    /// <inheritdoc/>
    public void Dispose() => _connection.Dispose();

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
