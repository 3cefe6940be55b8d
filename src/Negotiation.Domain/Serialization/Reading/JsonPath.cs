using Negotiation.Domain.Errors;

namespace Negotiation.Domain.Serialization.Reading;

/// <summary>
/// Builds JSON paths as System.Text.Json writes them: <c>$</c>, <c>$.demands[2].to</c>, and <c>$['odd name']</c> for a
/// member whose name is not a plain identifier. The reader that finds errors and the one that locates them in the text
/// build paths here, so the two always agree.
/// </summary>
internal static class JsonPath
{
    public const string Root = "$";

    /// <summary>
    /// The path of a member: <c>$.a.name</c>, or <c>$.a['odd name']</c> with the name escaped as in an error message
    /// (it comes from the input: control and bidirectional characters become <c>\uXXXX</c>, and a long name is cut).
    /// </summary>
    public static string Member(string parent, string name)
    {
        if (IsPlain(name) && name.Length <= QuotedInput.MaxShown)
        {
            return $"{parent}.{name}";
        }

        var path = new System.Text.StringBuilder(parent).Append("['");
        QuotedInput.Append(path, name, quote: '\'');
        return path.Append("']").ToString();
    }

    public static string Item(string parent, int index) => $"{parent}[{index}]";

    /// <summary>The path of the value that holds the one at <paramref name="path"/>, or <see langword="null"/> for the root.</summary>
    public static string? Parent(string path)
    {
        if (path == Root)
        {
            return null;
        }

        // The last segment starts at the last '.' or '[' that is not inside a quoted name.
        var inQuotes = false;
        var last = 0;
        for (var i = 1; i < path.Length; i++)
        {
            var c = path[i];
            if (inQuotes)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '\'')
                {
                    inQuotes = false;
                }
            }
            else if (c == '\'')
            {
                inQuotes = true;
            }
            else if (c is '.' or '[')
            {
                last = i;
            }
        }

        return last == 0 ? Root : path[..last];
    }

    private static bool IsPlain(string name)
    {
        if (name.Length == 0 || !(char.IsAsciiLetter(name[0]) || name[0] == '_'))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
