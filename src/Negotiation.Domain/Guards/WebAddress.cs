namespace Negotiation.Domain.Guards;

/// <summary>
/// The web addresses a source may link to: one rule for the record, the reader and the JSON Schema. An address is an
/// absolute URI (RFC 3986) in ASCII, of at most <see cref="MaxLength"/> characters: <c>http://</c> or
/// <c>https://</c> in lower case, a host name (letters, digits and hyphens in labels joined by dots), an optional
/// port, then a path, a query and a fragment of the characters RFC 3986 allows, anything else percent-encoded.
/// </summary>
/// <remarks>
/// Stricter than <see cref="Uri"/>, which takes spaces, upper-case schemes, user names, Unicode and much else, and
/// keeps them in the text written back. The rule is one that a JSON Schema pattern can state, so the schema and the
/// reader accept the same addresses. It also refuses what makes a link look like it goes somewhere else: a user name
/// before the host (<c>https://trusted.example@other.example/</c>), and Unicode, which may hide look-alike letters,
/// invisible characters or bidirectional controls (a non-ASCII host is written in its <c>xn--</c> form, other
/// characters percent-encoded, as browsers copy them).
/// </remarks>
internal static class WebAddress
{
    /// <summary>The longest address accepted, in characters.</summary>
    public const int MaxLength = 2048;

    // The grammar that Explain checks, as a regular expression for the JSON Schema. A test holds the two to the same
    // verdicts on every address it draws.
    private const string Label = "[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?";
    private const string Port = "(?:0|[1-9][0-9]{0,3}|[1-5][0-9]{4}|6[0-4][0-9]{3}|65[0-4][0-9]{2}|655[0-2][0-9]|6553[0-5])";
    private const string Character = "(?:[A-Za-z0-9._~!$&'()*+,;=:@-]|%[0-9A-Fa-f]{2})";

    /// <summary>The grammar as a regular expression (ECMA-262), for the JSON Schema.</summary>
    public const string Pattern = "^https?://" + Label + "(?:\\." + Label + ")*(?::" + Port + ")?(?:/" + Character + "*)*(?:\\?(?:" + Character + "|[/?])*)?(?:#(?:" + Character + "|[/?])*)?$";

    private const string HostRule = "the host must be a name of letters, digits and hyphens in labels of at most 63 characters joined by dots, none starting or ending with a hyphen (a non-ASCII name is written in its xn-- form)";

    /// <summary>
    /// Says what is wrong with <paramref name="text"/> as a web address, as the end of a sentence whose subject is the
    /// address ("must start with …", "has …"), or returns <see langword="null"/> when it is one.
    /// </summary>
    public static string? Explain(string text)
    {
        if (text.Length > MaxLength)
        {
            return $"has {text.Length} characters; at most {MaxLength} are accepted";
        }

        int i;
        if (text.StartsWith("https://", StringComparison.Ordinal))
        {
            i = 8;
        }
        else if (text.StartsWith("http://", StringComparison.Ordinal))
        {
            i = 7;
        }
        else
        {
            return text.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
                ? "must start with http:// or https:// in lower case"
                : "must be an absolute address that starts with http:// or https://";
        }

        // The authority runs to the first '/', '?' or '#': a host and an optional port, no user name.
        var authorityEnd = text.AsSpan(i).IndexOfAny('/', '?', '#');
        authorityEnd = authorityEnd < 0 ? text.Length : i + authorityEnd;
        if (text.AsSpan(i, authorityEnd - i).Contains('@'))
        {
            return "must not have a user name or password before its host (user@host), which can make a link look like it goes elsewhere";
        }

        var hostStart = i;
        var labelStart = i;
        for (; i < authorityEnd && text[i] != ':'; i++)
        {
            var c = text[i];
            if (c == '.')
            {
                if (!IsLabel(text, labelStart, i))
                {
                    return HostRule;
                }

                labelStart = i + 1;
            }
            else if (!char.IsAsciiLetterOrDigit(c) && c != '-')
            {
                return HostRule;
            }
        }

        if (i == hostStart)
        {
            return "must name a host after its //";
        }

        if (!IsLabel(text, labelStart, i))
        {
            return HostRule;
        }

        if (i < authorityEnd && !IsPort(text.AsSpan(i + 1, authorityEnd - i - 1)))
        {
            return "has a port that is not a number from 0 to 65535";
        }

        // The path, then the query after a '?', then the fragment after a '#'.
        var fragment = false;
        for (i = authorityEnd; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '%')
            {
                if (i + 2 < text.Length && char.IsAsciiHexDigit(text[i + 1]) && char.IsAsciiHexDigit(text[i + 2]))
                {
                    i += 2;
                    continue;
                }

                return $"has a '%' at index {i} that is not followed by two hexadecimal digits";
            }

            if (IsPathCharacter(c) || c is '/' or '?' || (c == '#' && !fragment))
            {
                fragment |= c == '#';
                continue;
            }

            var shown = c is > ' ' and < '\u007f' ? $"'{c}' (U+{(int)c:X4})" : $"U+{(int)c:X4}";
            return $"has the character {shown} at index {i}, which a web address cannot hold as it is: percent-encode it";
        }

        return null;
    }

    /// <summary>Whether the characters from <paramref name="start"/> to <paramref name="end"/> are a label of a host name (its characters are checked by the caller).</summary>
    private static bool IsLabel(string text, int start, int end)
        => end - start is >= 1 and <= 63 && text[start] != '-' && text[end - 1] != '-';

    /// <summary>Whether <paramref name="port"/> is a number from 0 to 65535, without leading zeros.</summary>
    private static bool IsPort(ReadOnlySpan<char> port)
    {
        if (port.IsEmpty || port.Length > 5 || (port[0] == '0' && port.Length > 1))
        {
            return false;
        }

        var value = 0;
        foreach (var c in port)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return value <= 65535;
    }

    /// <summary>Whether a path, a query or a fragment may hold <paramref name="c"/> as it is: RFC 3986's unreserved characters, its sub-delimiters, ':' and '@'.</summary>
    private static bool IsPathCharacter(char c)
        => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_' or '~' or '!' or '$' or '&' or '\'' or '(' or ')' or '*' or '+' or ',' or ';' or '=' or ':' or '@';
}
