namespace Negotiation.Domain.Interop.Ofac;

/// <summary>
/// What the importer reads from an SDN entry's Remarks: its parts are separated by <c>;</c>, aliases are
/// <c>a.k.a. 'NAME'</c> (also <c>f.k.a.</c> and <c>n.k.a.</c>), and a person's country is <c>nationality X</c> or
/// <c>citizen X</c>. The remarks themselves are kept whole, as the party's description.
/// </summary>
internal static class OfacRemarks
{
    private static readonly string[] AliasPrefixes = ["a.k.a. ", "f.k.a. ", "n.k.a. "];

    /// <summary>The names after a.k.a., f.k.a. and n.k.a., without their quotes.</summary>
    public static IEnumerable<string> Aliases(string remarks)
    {
        foreach (var part in Parts(remarks))
        {
            foreach (var prefix in AliasPrefixes)
            {
                if (part.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    var alias = Unquote(part[prefix.Length..]);
                    if (alias.Length > 0)
                    {
                        yield return alias;
                    }
                }
            }
        }
    }

    /// <summary>The first "nationality X" and the first "citizen X" (not their "alt." variants).</summary>
    public static (string? Nationality, string? Citizen) NationalityAndCitizenship(string remarks)
    {
        string? nationality = null, citizen = null;
        foreach (var part in Parts(remarks))
        {
            if (nationality is null && part.StartsWith("nationality ", StringComparison.OrdinalIgnoreCase))
            {
                nationality = part["nationality ".Length..].Trim();
            }
            else if (citizen is null && part.StartsWith("citizen ", StringComparison.OrdinalIgnoreCase))
            {
                citizen = part["citizen ".Length..].Trim();
            }
        }

        return (nationality, citizen);
    }

    /// <summary>The parts of the remarks, trimmed, with the full stop that ends the remarks taken off the last.</summary>
    private static IEnumerable<string> Parts(string remarks)
    {
        var parts = remarks.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < parts.Length; i++)
        {
            yield return i == parts.Length - 1 && parts[i].EndsWith('.') ? parts[i][..^1].TrimEnd() : parts[i];
        }
    }

    private static string Unquote(string text)
    {
        text = text.Trim();
        return text.Length >= 2 && text[0] == '\'' && text[^1] == '\'' ? text[1..^1].Trim() : text;
    }
}
