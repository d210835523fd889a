using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Ceasefire.Domain.Serialization;
using FluentAssertions;
using Xunit;

namespace Ceasefire.Domain.Tests.Serialization;

public class SchemaTests
{
    /// <summary>
    /// The checked-in schemas (src/Ceasefire.Domain/schemas) equal what the source-generated metadata exports. Run the
    /// tests with CEASEFIRE_UPDATE_SCHEMAS=1 to rewrite them after a deliberate format change.
    /// </summary>
    [Theory]
    [InlineData(CeasefireJsonFormat.Statement)]
    [InlineData(CeasefireJsonFormat.Timeline)]
    [InlineData(CeasefireJsonFormat.Report)]
    public void Schema_CheckedIn_MatchesExported(CeasefireJsonFormat format)
    {
        var exported = SchemaExporter.Export(format);
        if (Environment.GetEnvironmentVariable("CEASEFIRE_UPDATE_SCHEMAS") == "1")
        {
            File.WriteAllText(Path.Combine(RepoRoot(), "src", "Ceasefire.Domain", "schemas", SchemaExporter.Name(format) + ".schema.json"), exported);
            return;
        }

        CeasefireJson.Schema(format).Should().Be(exported, "the checked-in schema must match the format; rerun with CEASEFIRE_UPDATE_SCHEMAS=1 after a deliberate change");
    }

    [Fact]
    public void Schema_Statement_DescribesRequiredFieldsAndEnums()
    {
        var schema = JsonNode.Parse(CeasefireJson.Schema(CeasefireJsonFormat.Statement))!;

        schema["required"]!.AsArray().Select(n => n!.GetValue<string>()).Should().Contain(["schemaVersion", "title", "articles"]);
        schema["properties"]!["effectiveFrom"]!["format"]!.GetValue<string>().Should().Be("date-time");
        schema.ToJsonString().Should().Contain("\"OneOff\"").And.Contain("\"Prohibition\"");
    }

    private static string RepoRoot([System.Runtime.CompilerServices.CallerFilePath] string sourceFile = "")
    {
        var dir = new DirectoryInfo(Path.GetDirectoryName(sourceFile)!);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Ceasefire.Domain.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
