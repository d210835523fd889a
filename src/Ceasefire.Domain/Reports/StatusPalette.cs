namespace Ceasefire.Domain.Reports;

/// <summary>
/// The fixed status colours of the reports, drawn from the Okabe-Ito and Paul Tol colour-blind-safe palettes, each
/// with an ink colour for text on it that meets WCAG AA (4.5:1 for normal text). <see cref="ObligationStatus.Disputed"/>
/// and <see cref="ObligationStatus.NotYetInForce"/> are also hatched (in opposite directions), and every status has a
/// glyph, so no status depends on colour alone (NotYetInForce's pale grey and Upheld's mint look alike to red-green
/// colour-blind readers).
/// </summary>
internal static class StatusPalette
{
    /// <summary>The fill colour of a status.</summary>
    public static string Fill(ObligationStatus status) => status switch
    {
        ObligationStatus.NotYetInForce => "#DDDDDD",
        ObligationStatus.AwaitingCondition => "#F0E442",
        ObligationStatus.Pending => "#56B4E9",
        ObligationStatus.Fulfilled => "#009E73",
        ObligationStatus.FulfilledLate => "#0072B2",
        ObligationStatus.PartiallyFulfilled => "#E69F00",
        ObligationStatus.Overdue => "#D55E00",
        ObligationStatus.Upheld => "#99DDCC",
        ObligationStatus.Breached => "#882255",
        ObligationStatus.Disputed => "#CC79A7",
        ObligationStatus.Suspended => "#999999",
        ObligationStatus.Terminated => "#333333",
        ObligationStatus.NoInformation => "#F2F2F2",
        ObligationStatus.NoBreachRecorded => "#CCEEDD",
        _ => "#FFFFFF",
    };

    /// <summary>The colour of text drawn on the status's fill.</summary>
    public static string Ink(ObligationStatus status) => status switch
    {
        // White on Fulfilled's #009E73 is only 3.42:1 and on Overdue's #D55E00 3.87:1; near-black on them is 5.5:1 and 4.9:1.
        ObligationStatus.FulfilledLate or ObligationStatus.Breached or ObligationStatus.Terminated => "#FFFFFF",
        _ => "#111111",
    };

    /// <summary>The second colour of a hatched status (its stripes), or <see langword="null"/> for a plain fill.</summary>
    public static string? Hatch(ObligationStatus status) => status switch
    {
        ObligationStatus.Disputed => "#E8C2D8",
        ObligationStatus.NotYetInForce => "#F7F7F7",
        _ => null,
    };

    /// <summary>The hatching angle of a hatched status in degrees (Disputed and NotYetInForce lean opposite ways).</summary>
    public static int HatchAngle(ObligationStatus status) => status == ObligationStatus.NotYetInForce ? -45 : 45;

    /// <summary>A glyph drawn before a status's name, so that statuses differ by shape as well as by colour and name.</summary>
    public static string Glyph(ObligationStatus status) => status switch
    {
        ObligationStatus.NotYetInForce => "\u25CB",      // ○ white circle
        ObligationStatus.AwaitingCondition => "\u25C7",  // ◇ white diamond
        ObligationStatus.Pending => "\u25D4",            // ◔ circle, upper right quadrant black
        ObligationStatus.Fulfilled => "\u2713",          // ✓ check mark
        ObligationStatus.FulfilledLate => "\u21BB",      // ↻ clockwise arrow (late)
        ObligationStatus.PartiallyFulfilled => "\u25D1", // ◑ circle, right half black
        ObligationStatus.Overdue => "!",
        ObligationStatus.Upheld => "\u25CF",             // ● black circle
        ObligationStatus.Breached => "\u2717",           // ✗ ballot x
        ObligationStatus.Disputed => "\u21C4",           // ⇄ arrows both ways
        ObligationStatus.Suspended => "\u2016",          // ‖ double bar (paused)
        ObligationStatus.Terminated => "\u25A0",         // ■ black square
        ObligationStatus.NoInformation => "?",
        ObligationStatus.NoBreachRecorded => "\u2013",   // – en dash
        _ => "\u00B7",
    };

    /// <summary>The CSS class of a status, for example <c>status-fulfilled-late</c>.</summary>
    public static string CssClass(ObligationStatus status)
    {
        var name = status.ToString();
        var text = new System.Text.StringBuilder("status-", name.Length + 10);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsAsciiLetterUpper(c))
            {
                if (i > 0)
                {
                    text.Append('-');
                }

                text.Append((char)(c + ('a' - 'A')));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }
}
