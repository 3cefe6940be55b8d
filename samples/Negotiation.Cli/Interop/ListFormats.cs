using System.Text;

namespace Negotiation.Cli.Interop;

/// <summary>
/// The formats <c>negotiation listed</c> reads its lists in, and how it tells them apart when <c>--list-format</c>
/// is not given: by the names the publishers give their files, then by a CSV's header.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item><c>*.ftm.json</c>, a <c>.json</c> name with <c>nested</c> (<c>targets.nested.json</c>), or a CSV whose
/// header has <c>canonical_id</c> and <c>prop</c> (<c>statements.csv</c>): FollowTheMoney.</item>
/// <item>A file named <c>sdn.csv</c>: OFAC's SDN list, with its companions beside it by their standard names
/// (<c>add.csv</c>, <c>alt.csv</c>, <c>sdn_comments.csv</c>) when they are there.</item>
/// <item>A CSV whose header has <c>_id</c>, <c>source</c> and <c>name</c>: the Consolidated Screening List.</item>
/// <item>Any other <c>.json</c>: a document of this library, such as <c>negotiation import</c> writes.</item>
/// </list>
/// Anything else needs <c>--list-format</c>, which then applies to every list given.
/// </remarks>
internal static class ListFormats
{
    public const string Ftm = "ftm";
    public const string Ofac = "ofac";
    public const string ScreeningList = "csl";
    public const string Document = "document";

    /// <summary>The values of <c>--list-format</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = [Ftm, Ofac, ScreeningList, Document];

    /// <summary>The format of the list at <paramref name="path"/>, or <see langword="null"/> when its name and header don't tell.</summary>
    /// <exception cref="UnreadableInputException">A CSV's header can't be read.</exception>
    public static string? Detect(string path)
    {
        var name = Path.GetFileName(path);
        if (name.EndsWith(".ftm.json", StringComparison.OrdinalIgnoreCase)
            || (name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && name.Contains("nested", StringComparison.OrdinalIgnoreCase)))
        {
            return Ftm;
        }

        if (name.Equals("sdn.csv", StringComparison.OrdinalIgnoreCase))
        {
            return Ofac;
        }

        if (name.EndsWith(".csv", StringComparison.OrdinalIgnoreCase))
        {
            var header = HeaderOf(path);
            return header.Contains("canonical_id") && header.Contains("prop") ? Ftm
                : header.Contains("_id") && header.Contains("source") && header.Contains("name") ? ScreeningList
                : null;
        }

        return name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? Document : null;
    }

    /// <summary>The OFAC companion file <paramref name="name"/> beside <paramref name="sdnPath"/>, if it is there.</summary>
    public static string? Beside(string sdnPath, string name)
    {
        var path = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(sdnPath))!, name);
        return File.Exists(path) ? path : null;
    }

    /// <summary>The column names of a CSV's first line (at most 64 kB of it), unquoted; empty when it has none.</summary>
    private static HashSet<string> HeaderOf(string path)
    {
        using var file = ImportRequest.Open(path);
        var buffer = new byte[64 * 1024];
        var length = 0;
        int read;
        while (length < buffer.Length && (read = file.Read(buffer, length, buffer.Length - length)) > 0)
        {
            length += read;
        }

        var text = Encoding.UTF8.GetString(buffer, 0, length).TrimStart('\uFEFF');
        var end = text.IndexOfAny(['\r', '\n']);
        var line = end < 0 ? text : text[..end];
        return new HashSet<string>(line.Split(',').Select(static c => c.Trim().Trim('"')), StringComparer.Ordinal);
    }
}
