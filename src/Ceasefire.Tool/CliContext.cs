using System;
using System.IO;
using NodaTime;

namespace Ceasefire.Tool;

/// <summary>What a run of the tool reads from and writes to: the process's streams and clock, or a test's.</summary>
internal sealed class CliContext
{
    public required TextWriter Out { get; init; }

    public required TextWriter Error { get; init; }

    public IClock Clock { get; init; } = SystemClock.Instance;

    /// <summary>The terminal's width when standard output is a terminal; otherwise null (no wrapping unless --width).</summary>
    public int? TerminalWidth { get; init; }

    /// <summary>Whether the text report may use colour (standard output is a terminal and NO_COLOR is not set).</summary>
    public bool Colour { get; init; }

    /// <summary>A test seam: wraps the stream an --out file is written through (to make a write fail half-way).</summary>
    public Func<Stream, Stream>? WrapOutputStream { get; init; }

    /// <summary>How long work may run before progress is reported on standard error.</summary>
    public TimeSpan ProgressAfter { get; init; } = TimeSpan.FromSeconds(1);
}

/// <summary>The data cannot be used (a missing, unreadable or invalid file, an unwritable --out): exit code 1, the message on standard error.</summary>
internal sealed class DataException(string message) : Exception(message);

/// <summary>The command line is wrong in a way the parser cannot see (two values that do not go together): exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
