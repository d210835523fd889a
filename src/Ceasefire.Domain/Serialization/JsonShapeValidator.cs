using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Ceasefire.Domain.Serialization;

/// <summary>
/// Checks a parsed JSON document against the source-generated metadata of a wire shape and lists every problem
/// (wrong type, missing or unknown field, null where not allowed, bad enum value, bad date) with its path, instead of
/// stopping at the first as the deserializer does.
/// </summary>
internal sealed class JsonShapeValidator
{
    private readonly JsonSerializerOptions _options;
    private readonly List<ValidationProblem> _problems;
    private readonly JsonLineMap _lines;

    public JsonShapeValidator(JsonSerializerOptions options, List<ValidationProblem> problems, JsonLineMap lines)
    {
        _options = options;
        _problems = problems;
        _lines = lines;
    }

    public void Validate(JsonElement element, JsonTypeInfo info, string path)
    {
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                ValidateObject(element, info, path);
                break;
            case JsonTypeInfoKind.Enumerable:
                ValidateArray(element, info, path);
                break;
            default:
                ValidateLeaf(element, info, path);
                break;
        }
    }

    private void Add(string path, string code, string message) => _problems.Add(_lines.Locate(new ValidationProblem(path, code, message)));

    private void ValidateObject(JsonElement element, JsonTypeInfo info, string path)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            Add(path, ValidationCodes.WrongType, string.Concat("expected an object, found ", Describe(element)));
            return;
        }

        var known = new Dictionary<string, JsonPropertyInfo>(StringComparer.Ordinal);
        foreach (var property in info.Properties)
        {
            known[property.Name] = property;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in element.EnumerateObject())
        {
            var memberPath = string.Concat(path, ".", member.Name);
            if (!seen.Add(member.Name))
            {
                Add(memberPath, ValidationCodes.Duplicate, string.Concat("duplicate field '", Truncate(member.Name), "'"));
                continue;
            }

            if (!known.TryGetValue(member.Name, out var property))
            {
                Add(memberPath, ValidationCodes.UnknownField, string.Concat("unknown field '", Truncate(member.Name), "'"));
                continue;
            }

            if (member.Value.ValueKind == JsonValueKind.Null)
            {
                if (!property.IsSetNullable)
                {
                    Add(memberPath, ValidationCodes.Required, string.Concat("'", member.Name, "' must not be null"));
                }

                continue;
            }

            Validate(member.Value, _options.GetTypeInfo(property.PropertyType), memberPath);
        }

        foreach (var property in info.Properties)
        {
            if (property.IsRequired && !seen.Contains(property.Name))
            {
                _problems.Add(_lines.Locate(new ValidationProblem(string.Concat(path, ".", property.Name), ValidationCodes.Required, string.Concat("missing required field '", property.Name, "'")), path));
            }
        }
    }

    private void ValidateArray(JsonElement element, JsonTypeInfo info, string path)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            Add(path, ValidationCodes.WrongType, string.Concat("expected an array, found ", Describe(element)));
            return;
        }

        var elementType = info.ElementType!;
        var elementInfo = _options.GetTypeInfo(elementType);
        var nullable = Nullable.GetUnderlyingType(elementType) is not null;
        var index = 0;
        foreach (var item in element.EnumerateArray())
        {
            var itemPath = string.Concat(path, "[", Text.Number(index++), "]");
            if (item.ValueKind == JsonValueKind.Null)
            {
                if (!nullable)
                {
                    Add(itemPath, ValidationCodes.Required, "null is not allowed here");
                }

                continue;
            }

            Validate(item, elementInfo, itemPath);
        }
    }

    private void ValidateLeaf(JsonElement element, JsonTypeInfo info, string path)
    {
        var target = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        if (target.IsEnum && element.ValueKind != JsonValueKind.String)
        {
            // Enums are written and read by name only: a number would silently pick (or invent) a value.
            Add(path, ValidationCodes.UnknownValue, string.Concat(Describe(element), " is not one of: ", string.Join(", ", EnumNames(target))));
            return;
        }

        try
        {
            _ = JsonSerializer.Deserialize(element, info);
        }
        catch (JsonException e)
        {
            var (code, detail) = e.InnerException is null && e.Message.StartsWith('\'') ? (ValidationCodes.InvalidValue, e.Message)
                : e.Message.StartsWith("expected", StringComparison.Ordinal) ? (ValidationCodes.WrongType, e.Message)
                : target.IsEnum
                    ? (ValidationCodes.UnknownValue, string.Concat(Describe(element), " is not one of: ", string.Join(", ", EnumNames(target))))
                    : (ValidationCodes.WrongType, string.Concat("expected ", Expected(target), ", found ", Describe(element)));
            Add(path, code, detail);
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException or InvalidOperationException)
        {
            Add(path, ValidationCodes.WrongType, string.Concat("expected ", Expected(Nullable.GetUnderlyingType(info.Type) ?? info.Type), ", found ", Describe(element)));
        }
    }

    private static string[] EnumNames(Type type) => type.GetEnumNames();

    private static string Expected(Type type)
        => type == typeof(string) ? "a string"
            : type == typeof(bool) ? "true or false"
            : type == typeof(int) ? "a whole number"
            : type == typeof(decimal) ? "a number"
            : "a value of type " + type.Name;

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => string.Concat("the string \"", Truncate(element.GetString() ?? string.Empty), "\""),
        JsonValueKind.Number => string.Concat("the number ", Truncate(element.GetRawText())),
        JsonValueKind.True or JsonValueKind.False => string.Concat("the boolean ", element.GetRawText()),
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        _ => "null",
    };

    private static string Truncate(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");
}
