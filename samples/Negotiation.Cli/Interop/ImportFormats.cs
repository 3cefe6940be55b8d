namespace Negotiation.Cli.Interop;

/// <summary>
/// The formats of <c>negotiation import</c>, one entry each: adding a format is adding an entry here, an
/// <see cref="ImportFormat"/> whose <c>Read</c> calls the format's streaming import. Options of a format's own go in
/// its entry: the OFAC SDN import, for one, takes its companion files and the files' date (<c>--add FILE</c>,
/// <c>--alt FILE</c>, <c>--comments FILE</c>, and <c>--date YYYY-MM-DD</c>, required, since the files do not say it),
/// read in its <c>Read</c> from <see cref="ImportRequest.Parsed"/>.
/// </summary>
internal static class ImportFormats
{
    /// <summary>The formats of this build. The importers (FollowTheMoney, OFAC SDN, the Consolidated Screening List) are added as they land.</summary>
    public static IReadOnlyList<ImportFormat> All { get; } = [];
}
