using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using NodaTime;

namespace Ceasefire.Domain.Tabular;

/// <summary>The type of a <see cref="TidyColumn"/>'s values.</summary>
/// <threadsafety>An enum: its values are immutable and thread-safe.</threadsafety>
public enum TidyType
{
    /// <summary>Text (<see cref="string"/>).</summary>
    Text,

    /// <summary>A whole number (<see cref="long"/>).</summary>
    WholeNumber,

    /// <summary>A calendar day (<see cref="LocalDate"/>); ISO 8601 in CSV and JSON, a DATE in Parquet.</summary>
    Date,

    /// <summary>An instant (<see cref="Instant"/>); ISO 8601 UTC in CSV and JSON, a UTC TIMESTAMP (milliseconds) in Parquet.</summary>
    Timestamp,
}

/// <summary>A column of a <see cref="TidyTable"/>: its name, type and meaning (the same words as docs/exports.md).</summary>
/// <param name="Name">The column name, snake_case.</param>
/// <param name="Type">The type of its values; any value may be missing (null).</param>
/// <param name="Description">What a value means.</param>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed record TidyColumn(string Name, TidyType Type, string Description);

/// <summary>
/// A tidy, long table: one observation per row, one variable per column, built by <see cref="TidyExports"/> and written by
/// <see cref="TidyWriter"/> as CSV, JSON or Parquet. Every table has a <c>data_version</c> column.
/// </summary>
/// <threadsafety>Immutable and thread-safe: an instance may be shared between threads without synchronization.</threadsafety>
public sealed class TidyTable
{
    private readonly ImmutableArray<ImmutableArray<object?>> _rows;

    internal TidyTable(string name, ImmutableArray<TidyColumn> columns, ImmutableArray<ImmutableArray<object?>> rows)
    {
        Name = name;
        Columns = columns;
        _rows = rows;
    }

    /// <summary>The table's name (claims, statuses, intervals, grades or panel).</summary>
    public string Name { get; }

    /// <summary>The columns, in order.</summary>
    public ImmutableArray<TidyColumn> Columns { get; }

    /// <summary>The number of rows.</summary>
    public int RowCount => _rows.Length;

    /// <summary>A value: a <see cref="string"/>, <see cref="long"/>, <see cref="LocalDate"/> or <see cref="Instant"/> as the column's type says, or null when missing.</summary>
    /// <param name="row">The 0-based row.</param>
    /// <param name="column">The 0-based column.</param>
    public object? this[int row, int column] => _rows[row][column];

    /// <summary>A value by column name.</summary>
    /// <param name="row">The 0-based row.</param>
    /// <param name="column">The column name.</param>
    /// <exception cref="ArgumentException">No column has that name.</exception>
    public object? this[int row, string column] => _rows[row][IndexOf(column)];

    /// <summary>The index of a column.</summary>
    /// <param name="column">The column name.</param>
    /// <returns>Its 0-based index.</returns>
    /// <exception cref="ArgumentException">No column has that name.</exception>
    public int IndexOf(string column)
    {
        for (var i = 0; i < Columns.Length; i++)
        {
            if (Columns[i].Name == column)
            {
                return i;
            }
        }

        throw new ArgumentException(string.Concat("the table ", Name, " has no column '", column, "'"), nameof(column));
    }

    internal sealed class Builder(string name, string dataVersion)
    {
        private readonly List<TidyColumn> _columns = [];
        private readonly ImmutableArray<ImmutableArray<object?>>.Builder _rows = ImmutableArray.CreateBuilder<ImmutableArray<object?>>();

        public Builder Column(string column, TidyType type, string description)
        {
            _columns.Add(new TidyColumn(column, type, description));
            return this;
        }

        public void Row(params object?[] values)
        {
            if (values.Length != _columns.Count)
            {
                throw new InvalidOperationException("row width differs from the columns");
            }

            _rows.Add([.. values, dataVersion]);
        }

        public TidyTable Build()
            => new(name, [.. _columns, new TidyColumn("data_version", TidyType.Text, "The version of the statement and timeline data the table was computed from.")], _rows.ToImmutable());
    }

    internal IEnumerable<ImmutableArray<object?>> Rows => _rows.AsEnumerable();
}
