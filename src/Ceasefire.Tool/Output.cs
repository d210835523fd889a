using System;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace Ceasefire.Tool;

/// <summary>Writes results: to standard output, or to an --out file through a temporary file renamed over it, so a failure never destroys or half-writes the target.</summary>
internal static class Output
{
    public static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static void WriteText(CliContext context, string? outPath, string text, string what)
        => WriteAsync(context, outPath, what, stream =>
        {
            var bytes = Utf8.GetBytes(text);
            stream.Write(bytes);
            return Task.CompletedTask;
        }).GetAwaiter().GetResult();

    public static async Task WriteAsync(CliContext context, string? outPath, string what, Func<Stream, Task> write)
    {
        if (outPath is null)
        {
            using var buffer = new MemoryStream();
            await write(buffer).ConfigureAwait(false);
            context.Out.Write(Utf8.GetString(buffer.ToArray()));
            context.Out.Flush();
            return;
        }

        string full;
        try
        {
            full = Path.GetFullPath(outPath);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new DataException(string.Concat("cannot write '", outPath, "': ", e.Message));
        }

        var directory = Path.GetDirectoryName(full) ?? ".";
        var temp = Path.Combine(directory, string.Concat(".", Path.GetFileName(full), ".", Guid.NewGuid().ToString("N")[..8], ".tmp"));
        try
        {
            if (Directory.Exists(full))
            {
                throw new IOException("it is a directory");
            }

            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                var target = context.WrapOutputStream?.Invoke(file) ?? file;
                await write(target).ConfigureAwait(false);
                await target.FlushAsync(CancellationToken.None).ConfigureAwait(false);
                file.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            TryDelete(temp);
            throw new DataException(string.Concat("cannot write '", outPath, "': ", e.Message, File.Exists(full) ? " (the existing file is unchanged)" : string.Empty));
        }
        catch
        {
            TryDelete(temp);
            throw;
        }

        context.Error.WriteLine(string.Concat("Wrote ", what, " to ", outPath));
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a temporary file that cannot be deleted is left beside the target, which is unchanged.
        }
    }

    /// <summary>Wraps each line longer than the width at spaces, continuing with a hanging indent.</summary>
    public static string Wrap(string text, int? width)
    {
        if (width is not { } w || w < 20)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 256);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Length <= w)
            {
                result.Append(line).Append('\n');
                continue;
            }

            var indent = new string(' ', Math.Min(line.Length - line.TrimStart(' ').Length + 4, w / 2));
            var rest = line;
            var first = true;
            while (rest.Length > 0)
            {
                var prefix = first ? string.Empty : indent;
                var room = w - prefix.Length;
                if (rest.Length <= room)
                {
                    result.Append(prefix).Append(rest).Append('\n');
                    break;
                }

                var cut = rest.LastIndexOf(' ', room);
                if (cut <= 0)
                {
                    cut = room;
                }

                result.Append(prefix).Append(rest.AsSpan(0, cut).TrimEnd()).Append('\n');
                rest = rest[cut..].TrimStart(' ');
                first = false;
            }
        }

        return result.ToString(0, text.EndsWith('\n') ? result.Length : result.Length - 1);
    }
}

/// <summary>Reports on standard error when work runs longer than a threshold (a line when it starts showing, one when it ends).</summary>
internal sealed class Progress : IDisposable
{
    private readonly CliContext _context;
    private readonly string _what;
    private readonly Timer _timer;
    private readonly System.Diagnostics.Stopwatch _watch = System.Diagnostics.Stopwatch.StartNew();
    private int _shown;

    public Progress(CliContext context, string what)
    {
        _context = context;
        _what = what;
        _timer = new Timer(_ => Show(), null, context.ProgressAfter, Timeout.InfiniteTimeSpan);
    }

    private void Show()
    {
        if (Interlocked.Exchange(ref _shown, 1) == 0)
        {
            lock (_context.Error)
            {
                _context.Error.WriteLine(string.Concat("ceasefire: ", _what, "..."));
            }
        }
    }

    public void Dispose()
    {
        _timer.Dispose();
        if (Volatile.Read(ref _shown) == 1)
        {
            lock (_context.Error)
            {
                _context.Error.WriteLine(string.Concat("ceasefire: ", _what, " done in ", _watch.Elapsed.TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture), " s"));
            }
        }
    }
}
