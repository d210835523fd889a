using System;
using System.IO;
using Ceasefire.Domain.Catalog;

namespace Ceasefire.Domain.Tabular.Tests;

internal static class Fixtures
{
    public static Statement S => TrilateralStatement2020.Statement;

    public static Timeline T => TrilateralStatement2020.Timeline;

    /// <summary>A file of samples/data (copied next to the tests).</summary>
    public static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "data", name);

    public const string Header = "id,kind,obligations,date,precision,quantifier,end,acted_by,claimant,claimant_actor,claimant_side,known_on,summary,source,locator";
}

/// <summary>A temporary directory, deleted on dispose.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "ceasefire-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
