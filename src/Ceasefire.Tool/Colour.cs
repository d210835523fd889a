using System;
using System.Text.RegularExpressions;

namespace Ceasefire.Tool;

/// <summary>
/// Colour for the text report: the status words, only when standard output is a terminal and NO_COLOR
/// (https://no-color.org) is unset or empty. Applied after wrapping: escape codes take no columns.
/// </summary>
internal static class Colour
{
    public static bool Enabled(bool outputIsTerminal, string? noColor) => outputIsTerminal && string.IsNullOrEmpty(noColor);

    private static readonly Regex Status = new(
        @"(?<![\w-])(FulfilledLate|Fulfilled|Upheld|InForce|PartiallyFulfilled|Pending|AwaitingCondition|NotYetInForce|Overdue|Breached|Terminated|DisputedWhetherInForce|Disputed|Suspended|NoInformation|NoBreachRecorded)(?![\w-])",
        RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));

    public static string Apply(string text) => Status.Replace(text, m => string.Concat(Code(m.Value), m.Value, "\u001b[0m"));

    private static string Code(string status) => status switch
    {
        "Fulfilled" or "Upheld" or "InForce" => "\u001b[32m",
        "FulfilledLate" or "PartiallyFulfilled" or "Pending" or "AwaitingCondition" or "NotYetInForce" => "\u001b[36m",
        "Overdue" or "Breached" or "Terminated" => "\u001b[31m",
        "Disputed" or "DisputedWhetherInForce" or "Suspended" => "\u001b[33m",
        _ => "\u001b[2m",
    };
}
