using Negotiation.Domain.Interop.FollowTheMoney;
using Negotiation.Domain.Interop.Plover;

namespace Negotiation.Cli.Interop;

/// <summary>The formats of <c>negotiation export</c>, one entry each: adding a format is adding a line here.</summary>
internal static class ExportFormats
{
    public static IReadOnlyList<ExportFormat> All { get; } =
    [
        new("plover", "PLOVER event data, one JSON record per line: demands, sanctions, commitments, meetings and visits, stances.",
            (document, output) => [.. PloverExport.Write(document, output).Notes.Select(ToolNote.From)]),
        new("ftm", "FollowTheMoney entities, one a line (entities.ftm.json): states and bodies, organizations, persons with their positions, coalitions, sanctions.",
            (document, output) => [.. FtmExport.Write(document, output).Select(ToolNote.From)]),
    ];
}
