using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ceasefire.Domain;
using Ceasefire.Domain.Catalog;
using Ceasefire.Domain.Serialization;
using Ceasefire.Domain.Tabular;

namespace Ceasefire.Tool;

/// <summary>The statement and timeline a command works on: the built-in ones, or those given by --statement, --timeline and --claims.</summary>
internal sealed record Inputs(Statement Statement, Timeline Timeline, string DataVersion, bool BuiltInStatement)
{
    public static Inputs Load(string? statementPath, string? timelinePath, IReadOnlyList<string> claimsPaths)
    {
        var hash = new StringBuilder();
        Statement statement;
        if (statementPath is null)
        {
            statement = TrilateralStatement2020.Statement;
        }
        else
        {
            var bytes = ReadBytes(statementPath);
            hash.Append(Hash(bytes));
            statement = Parse(statementPath, () => CeasefireJson.ReadStatement(new MemoryStream(bytes)));
        }

        var sets = new List<ClaimSet>();
        if (timelinePath is not null)
        {
            var bytes = ReadBytes(timelinePath);
            hash.Append(Hash(bytes));
            sets.Add(IsCsv(timelinePath, bytes)
                ? ClaimsCsv.Read(new MemoryStream(bytes), timelinePath)
                : ClaimSet.FromTimeline(Parse(timelinePath, () => CeasefireJson.ReadTimeline(new MemoryStream(bytes), statement)), timelinePath));
        }
        else if (statementPath is null)
        {
            sets.Add(ClaimSet.FromTimeline(TrilateralStatement2020.Timeline, "built-in timeline"));
        }

        foreach (var path in claimsPaths)
        {
            var bytes = ReadBytes(path);
            hash.Append(Hash(bytes));
            sets.Add(IsCsv(path, bytes)
                ? ClaimsCsv.Read(new MemoryStream(bytes), path)
                : ClaimSet.FromTimeline(Parse(path, () => CeasefireJson.ReadTimeline(new MemoryStream(bytes), statement)), path));
        }

        var timeline = claimsPaths.Count == 0 && timelinePath is null && statementPath is null
            ? TrilateralStatement2020.Timeline
            : Parse("claims", () => ClaimSet.Merge(statement, sets));
        var version = hash.Length == 0
            ? TrilateralStatement2020.DataVersion
            : string.Concat(statementPath is null ? TrilateralStatement2020.DataVersion + "+" : string.Empty, "sha256:", Hash(Encoding.ASCII.GetBytes(hash.ToString()))[..12]);
        return new Inputs(statement, timeline, version, statementPath is null);
    }

    /// <summary>A claims file is CSV when its name ends in .csv, or when it does not start like JSON.</summary>
    public static bool IsCsv(string path, byte[] bytes)
        => path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
           || (!path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 64)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n') is var start && !start.StartsWith('{'));

    public static byte[] ReadBytes(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                throw new DataException(string.Concat("cannot read '", path, "': it is a directory, not a file"));
            }

            return File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            throw new DataException(string.Concat("cannot read '", path, "': no such file"));
        }
        catch (DirectoryNotFoundException)
        {
            throw new DataException(string.Concat("cannot read '", path, "': no such directory"));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new DataException(string.Concat("cannot read '", path, "': ", e.Message));
        }
    }

    /// <summary>Runs a reader; a validation failure becomes a <see cref="DataException"/> naming the file and listing every problem, one a line.</summary>
    public static T Parse<T>(string what, Func<T> read)
    {
        try
        {
            return read();
        }
        catch (CeasefireValidationException e)
        {
            throw new DataException(Describe(what, e));
        }
        catch (JsonException e)
        {
            throw new DataException(string.Concat(what, ": not valid JSON: ", e.Message));
        }
    }

    public static string Describe(string what, CeasefireValidationException e)
    {
        var text = new StringBuilder();
        text.Append(what).Append(": ").Append(e.Problems.Length).Append(e.Problems.Length == 1 ? " problem" : " problems");
        foreach (var problem in e.Problems)
        {
            text.Append('\n').Append("  ").Append(problem.Path.StartsWith(what, StringComparison.Ordinal) || what == "claims" ? string.Empty : what + ": ").Append(problem);
        }

        return text.ToString();
    }

    private static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
