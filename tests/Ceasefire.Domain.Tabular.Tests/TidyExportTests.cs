using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Ceasefire.Domain.Catalog;
using DuckDB.NET.Data;
using FluentAssertions;
using NodaTime;
using Xunit;
using static Ceasefire.Domain.Tabular.Tests.Fixtures;

namespace Ceasefire.Domain.Tabular.Tests;

public sealed class TidyExportTests : IDisposable
{
    private static readonly Evaluator Evaluator = Evaluator.Create(S, T);
    private static readonly Perspective[] Perspectives = [Perspective.AllClaims, Perspective.SidingWith("ARM"), Perspective.SidingWith("AZE")];
    private static readonly LocalDate Last = new(2026, 11, 22);
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    public static TheoryData<string> Tables => new() { "claims", "statuses", "intervals", "grades", "panel" };

    private static TidyTable Table(string name) => name switch
    {
        "claims" => TidyExports.Claims(T, TrilateralStatement2020.DataVersion),
        "statuses" => TidyExports.Statuses(Evaluator, S.EndOfDay(Last), Perspectives, TrilateralStatement2020.DataVersion),
        "intervals" => TidyExports.Intervals(Evaluator, S.EffectiveFrom, S.EndOfDay(Last), Perspectives, TrilateralStatement2020.DataVersion),
        "grades" => TidyExports.Grades(Evaluator, 2020, 2026, Perspectives, TrilateralStatement2020.DataVersion),
        _ => TidyExports.Panel(Evaluator, new LocalDate(2020, 11, 10), new LocalDate(2021, 12, 31), Perspectives, TrilateralStatement2020.DataVersion),
    };

    private async Task<string> Write(TidyTable table, TidyFormat format)
    {
        var path = _dir.File(table.Name + "." + format.ToString().ToLowerInvariant());
        await using var file = File.Create(path);
        await TidyWriter.WriteAsync(table, format, file);
        return path;
    }

    private static object? Scalar(string sql)
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    [Theory]
    [MemberData(nameof(Tables))]
    public async Task EveryTable_InEveryFormat_ReadsBackWithTheSameRowsAndColumns(string name)
    {
        var table = Table(name);
        table.RowCount.Should().BeGreaterThan(0);
        table.Columns.Last().Name.Should().Be("data_version");
        table[0, "data_version"].Should().Be(TrilateralStatement2020.DataVersion);

        // CSV: our own claims reader is not the judge here; DuckDB's CSV sniffer and a plain header check are.
        var csv = await Write(table, TidyFormat.Csv);
        File.ReadLines(csv).First().Should().Be(string.Join(",", table.Columns.Select(c => c.Name)));
        Convert.ToInt64(Scalar($"SELECT count(*) FROM read_csv('{csv}', header = true)")).Should().Be(table.RowCount);

        var json = await Write(table, TidyFormat.Json);
        using (var document = JsonDocument.Parse(await File.ReadAllBytesAsync(json)))
        {
            document.RootElement.GetArrayLength().Should().Be(table.RowCount);
            document.RootElement[0].EnumerateObject().Select(p => p.Name).Should().Equal(table.Columns.Select(c => c.Name));
        }

        Convert.ToInt64(Scalar($"SELECT count(*) FROM read_json('{json}')")).Should().Be(table.RowCount);

        var parquet = await Write(table, TidyFormat.Parquet);
        Convert.ToInt64(Scalar($"SELECT count(*) FROM read_parquet('{parquet}')")).Should().Be(table.RowCount);
        Scalar($"SELECT string_agg(name, ',' ORDER BY ordinal) FROM (SELECT name, row_number() OVER () AS ordinal FROM parquet_schema('{parquet}') WHERE num_children IS NULL)")
            .Should().Be(string.Join(",", table.Columns.Select(c => c.Name)));
    }

    [Fact]
    public async Task Statuses_Parquet_DuckDbSeesTheValuesAndTypes()
    {
        var path = await Write(Table("statuses"), TidyFormat.Parquet);
        Scalar($"SELECT status FROM read_parquet('{path}') WHERE obligation_id = 'a4-peacekeeping-term' AND perspective = 'all claims'").Should().Be("Terminated");
        Scalar($"SELECT status FROM read_parquet('{path}') WHERE obligation_id = 'a4-armed-forces-withdrawal' AND perspective = 'siding with AZE'")
            .Should().Be(S.Evaluate(T, S.EndOfDay(Last), Perspective.SidingWith("AZE"))["a4-armed-forces-withdrawal"].Status.ToString());
        Convert.ToInt64(Scalar($"SELECT count(DISTINCT perspective) FROM read_parquet('{path}')")).Should().Be(3);
        Convert.ToInt64(Scalar($"SELECT count(*) FROM read_parquet('{path}')")).Should().Be(3 * S.Obligations.Length);
        Scalar($"SELECT typeof(as_of) FROM read_parquet('{path}') LIMIT 1").Should().Be("TIMESTAMP WITH TIME ZONE");
        Scalar($"SELECT strftime(as_of AT TIME ZONE 'UTC', '%Y-%m-%d %H:%M') FROM read_parquet('{path}') LIMIT 1").Should().Be("2026-11-22 21:00");
        Scalar($"SELECT typeof(article) FROM read_parquet('{path}') LIMIT 1").Should().Be("BIGINT");
        Convert.ToInt64(Scalar($"SELECT article FROM read_parquet('{path}') WHERE obligation_id = 'a6-kelbajar-return' LIMIT 1")).Should().Be(6);
    }

    [Fact]
    public async Task Panel_Parquet_HasOneRowPerObligationDayAndPerspective_WithTypedDays()
    {
        var table = Table("panel");
        var days = Period.Between(new LocalDate(2020, 11, 10), new LocalDate(2021, 12, 31), PeriodUnits.Days).Days + 1;
        table.RowCount.Should().Be(days * S.Obligations.Length * 3);
        var path = await Write(table, TidyFormat.Parquet);
        Scalar($"SELECT typeof(day) FROM read_parquet('{path}') LIMIT 1").Should().Be("DATE");
        Scalar($"SELECT CAST(max(day) AS VARCHAR) FROM read_parquet('{path}')").Should().Be("2021-12-31");
        Convert.ToInt64(Scalar($"SELECT count(*) FROM read_parquet('{path}') WHERE obligation_id = 'a6-kelbajar-return' AND perspective = 'all claims'")).Should().Be(days);
        // Agrees with the evaluator on a day picked out with SQL.
        var status = Evaluator.Evaluate(S.EndOfDay(new LocalDate(2020, 11, 30)))["a6-kelbajar-return"].Status.ToString();
        Scalar($"SELECT status FROM read_parquet('{path}') WHERE obligation_id = 'a6-kelbajar-return' AND perspective = 'all claims' AND day = DATE '2020-11-30'").Should().Be(status);
    }

    [Fact]
    public async Task Intervals_Parquet_AreContiguousAndAgreeWithHistory()
    {
        var path = await Write(Table("intervals"), TidyFormat.Parquet);
        var history = Evaluator.History("a6-corridor-safe-movement", S.EffectiveFrom, S.EndOfDay(Last));
        Convert.ToInt64(Scalar($"SELECT count(*) FROM read_parquet('{path}') WHERE obligation_id = 'a6-corridor-safe-movement' AND perspective = 'all claims'")).Should().Be(history.Length);
        Scalar($"SELECT string_agg(status, ',' ORDER BY start, \"end\") FROM read_parquet('{path}') WHERE obligation_id = 'a6-corridor-safe-movement' AND perspective = 'all claims'")
            .Should().Be(string.Join(",", history.Select(i => i.Status.ToString())));
        Convert.ToInt64(Scalar($"SELECT count(*) FROM (SELECT \"end\", lead(start) OVER (PARTITION BY perspective, obligation_id ORDER BY start, \"end\") AS next FROM read_parquet('{path}')) WHERE next IS NOT NULL AND next <> \"end\"")).Should().Be(0);
    }

    [Fact]
    public async Task Grades_Parquet_MissingGradesAreNulls()
    {
        var table = Table("grades");
        var path = await Write(table, TidyFormat.Parquet);
        var nulls = Enumerable.Range(0, table.RowCount).Count(r => table[r, "grade"] is null);
        Convert.ToInt64(Scalar($"SELECT count(*) FROM read_parquet('{path}') WHERE grade IS NULL")).Should().Be(nulls);
        Convert.ToInt64(Scalar($"SELECT max(grade) FROM read_parquet('{path}')")).Should().BeLessThanOrEqualTo(3);
    }

    [Fact]
    public async Task Claims_Parquet_KeepsEveryClaimAndItsSources()
    {
        var path = await Write(Table("claims"), TidyFormat.Parquet);
        Convert.ToInt64(Scalar($"SELECT count(DISTINCT id) FROM read_parquet('{path}')")).Should().Be(T.Claims.Length);
        var multi = T.Claims.First(c => c.Sources.Length > 1);
        Scalar($"SELECT source_2 FROM read_parquet('{path}') WHERE id = '{multi.Id}'").Should().Be(multi.Sources[1].Source);
        Scalar($"SELECT typeof(known_on) FROM read_parquet('{path}') LIMIT 1").Should().Be("DATE");
    }
}
