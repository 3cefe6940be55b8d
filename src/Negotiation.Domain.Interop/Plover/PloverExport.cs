using System.Text;
using Negotiation.Domain.Documents;

namespace Negotiation.Domain.Interop.Plover;

/// <summary>
/// Exports a negotiation document's demands, sanctions, commitments, events and stances as PLOVER event data: one JSON
/// record per line (JSONL), as the PLOVER manual suggests, with a note for everything left out.
/// </summary>
/// <remarks>
/// <para>
/// The mapping (the design note's, with the core's <see cref="Actions.PloverMapping"/> for actions and sanction changes):
/// a demand is a REQUEST, and its rejection a REJECT, its withdrawal a CONCEDE, its acceptance or fulfilment the
/// promised or carried-out act (unless a commitment fulfils it: that commitment's records are the act); a sanction is
/// SANCTION <c>discontinue</c> from its listing or imposition, a proposed one THREATEN <c>restrict</c>, a lift, waiver or
/// suspension a RETREAT; each commitment of an agreement is one record of the promise (AGREE or CONCEDE), dated by the
/// agreement, naming what it is conditional on (<c>conditional_on</c>), plus one record per act of its performance;
/// a meeting is CONSULT and a visit CONSULT <c>visit</c>; a stance of support is SUPPORT, of opposition REJECT (of a
/// demand made of the party, or a deal it is party to) or ACCUSE <c>disapprove</c>.
/// </para>
/// <para>
/// Actors and recipients are entity objects: the ISO alpha-3 code of the party's country (<c>KOS</c> for Kosovo), or
/// PLOVER's code for an international actor, and a sector; a coalition expands to its members. A partial date is written
/// as its first day with a <c>date_precision</c> of <c>year</c>, <c>month</c> or <c>day</c>. A record with no date is not
/// exported: it gets a note (<see cref="PloverNoteCodes"/>).
/// </para>
/// </remarks>
public static class PloverExport
{
    private static readonly Lazy<string> LazySchema = new(LoadSchema);

    /// <summary>The name of the embedded schema resource.</summary>
    internal const string SchemaResourceName = "Negotiation.Domain.Interop.Plover.plover.schema.json";

    /// <summary>
    /// The JSON Schema (draft 2020-12) of the records this export writes, one per line, as shipped in the package
    /// (<c>schema/plover.schema.json</c>).
    /// </summary>
    public static string Schema => LazySchema.Value;

    /// <summary>Makes the PLOVER records of <paramref name="document"/>, and a note for each thing left out.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The records, in the order of the document (demands, sanctions, commitments, events, stances), and the notes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static PloverExportResult Export(NegotiationDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return PloverRecords.Make(document);
    }

    /// <summary>Writes the PLOVER records of <paramref name="document"/> to <paramref name="output"/> as UTF-8 JSON lines.</summary>
    /// <param name="document">The document.</param>
    /// <param name="output">Where the lines go; left open.</param>
    /// <returns>What was written, and the notes.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static PloverExportResult Write(NegotiationDocument document, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var result = Export(document);
        Write(result.Records, output);
        return result;
    }

    /// <summary>Writes PLOVER records to <paramref name="output"/> as UTF-8 JSON lines, one record a line, each ending with <c>\n</c>.</summary>
    /// <param name="records">The records.</param>
    /// <param name="output">Where the lines go; left open.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(IEnumerable<PloverRecord> records, Stream output)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(output);
        PloverJsonWriter.Write(records, output);
    }

    /// <summary>The PLOVER records of <paramref name="document"/> as JSON lines text.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The text, one record a line, each ending with <c>\n</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static string WriteToString(NegotiationDocument document)
    {
        using var buffer = new MemoryStream();
        Write(document, buffer);
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static string LoadSchema()
    {
        using var stream = typeof(PloverExport).Assembly.GetManifestResourceStream(SchemaResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {SchemaResourceName} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
