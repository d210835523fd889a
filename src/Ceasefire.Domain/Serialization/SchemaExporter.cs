using System;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization.Metadata;
using NodaTime;

namespace Ceasefire.Domain.Serialization;

/// <summary>Produces the JSON Schema (draft 2020-12) of each format from the source-generated metadata.</summary>
internal static class SchemaExporter
{
    public static string Export(CeasefireJsonFormat format)
    {
        var context = CeasefireJsonContext.Default;
        JsonTypeInfo info = format switch
        {
            CeasefireJsonFormat.Statement => context.StatementDocument,
            CeasefireJsonFormat.Timeline => context.TimelineDocument,
            _ => context.ReportDocument,
        };
        var options = new JsonSchemaExporterOptions { TreatNullObliviousAsNonNullable = true, TransformSchemaNode = Transform };
        var schema = JsonSchemaExporter.GetJsonSchemaAsNode(info, options).AsObject();
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["$id"] = string.Concat("https://ceasefire-domain/schemas/", Name(format), ".schema.json"),
            ["title"] = string.Concat("Ceasefire.Domain ", Name(format), " (schema version 1)"),
        };
        foreach (var (key, value) in schema)
        {
            root[key] = value?.DeepClone();
        }

        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, NewLine = "\n" }) + "\n";
    }

    public static string Name(CeasefireJsonFormat format) => format switch
    {
        CeasefireJsonFormat.Statement => "statement",
        CeasefireJsonFormat.Timeline => "timeline",
        _ => "report",
    };

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        var type = Nullable.GetUnderlyingType(context.TypeInfo.Type) ?? context.TypeInfo.Type;
        var nullable = Nullable.GetUnderlyingType(context.TypeInfo.Type) is not null || context.PropertyInfo is { IsSetNullable: true };
        JsonObject? replacement = null;
        if (type == typeof(Instant))
        {
            replacement = new JsonObject { ["type"] = "string", ["format"] = "date-time", ["description"] = "An ISO 8601 instant in UTC, e.g. 2020-11-09T21:00:00Z." };
        }
        else if (type == typeof(LocalDate))
        {
            replacement = new JsonObject { ["type"] = "string", ["format"] = "date", ["description"] = "An ISO 8601 date, e.g. 2020-11-20." };
        }
        else if (type == typeof(LocalDateTime))
        {
            replacement = new JsonObject { ["type"] = "string", ["pattern"] = "^-?\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?$", ["description"] = "An ISO 8601 local date-time, e.g. 2020-11-10T00:00:00." };
        }
        else if (type == typeof(Period))
        {
            replacement = new JsonObject { ["type"] = "string", ["pattern"] = "^P", ["description"] = "An ISO 8601 period, e.g. P5Y or P6M." };
        }

        if (replacement is null)
        {
            return context.PropertyInfo is { IsSetNullable: false } ? NotNull(schema) : schema;
        }

        if (nullable)
        {
            replacement["type"] = new JsonArray("string", "null");
        }

        return replacement;
    }

    /// <summary>
    /// A property the reader refuses null for is not nullable in the schema, even when its getter may return null (a
    /// builder state's required value that a builder has not set yet is null: <c>[DisallowNull]</c>).
    /// </summary>
    private static JsonNode NotNull(JsonNode schema)
    {
        if (schema is JsonObject o && o["type"] is JsonArray { Count: 2 } types && types[1] is JsonValue last && last.GetValue<string>() == "null")
        {
            o["type"] = types[0]!.GetValue<string>();
        }

        return schema;
    }
}
