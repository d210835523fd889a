namespace Ceasefire.Domain.Common;

/// <summary>Rules for identifiers (actor ids, obligation ids, place ids, claim ids).</summary>
internal static class Ids
{
    /// <summary>An id is 1-100 characters of ASCII letters, digits, '-', '_' or '.', starting with a letter or digit.</summary>
    public static bool IsValid(string? id)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 100 || !char.IsAsciiLetterOrDigit(id[0]))
        {
            return false;
        }

        foreach (var c in id)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-' && c != '_' && c != '.')
            {
                return false;
            }
        }

        return true;
    }

    public const string Rule = "an id is 1-100 ASCII letters, digits, '-', '_' or '.', starting with a letter or digit";
}
