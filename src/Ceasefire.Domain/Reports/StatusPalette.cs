namespace Ceasefire.Domain.Reports;

/// <summary>
/// The fixed status colours of the reports, drawn from the Okabe-Ito and Paul Tol colour-blind-safe palettes, each
/// with an ink colour for text on it that keeps a readable contrast. <see cref="ObligationStatus.Disputed"/> is also
/// hatched, so it never depends on colour alone.
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
        ObligationStatus.Fulfilled or ObligationStatus.FulfilledLate or ObligationStatus.Overdue or ObligationStatus.Breached or ObligationStatus.Terminated => "#FFFFFF",
        _ => "#111111",
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
