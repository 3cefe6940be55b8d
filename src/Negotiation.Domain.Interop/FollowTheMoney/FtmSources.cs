using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Unicode;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Interop.Imports;

namespace Negotiation.Domain.Interop.FollowTheMoney;

/// <summary>
/// The three shapes of FollowTheMoney data as one stream of <see cref="FtmItem"/>s: a line of
/// <c>entities.ftm.json</c> or <c>targets.nested.json</c>, or the consecutive rows of one entity in
/// <c>statements.csv</c>. Errors of the whole input (not UTF-8, empty, a header without a needed column) are thrown.
/// </summary>
internal static class FtmSources
{
    private static readonly string[] NeededColumns = ["canonical_id", "prop", "schema", "value"];

    /// <summary>The items of the input.</summary>
    /// <param name="format">Its shape.</param>
    /// <param name="reader">Its lines.</param>
    /// <param name="badLines">
    /// In a second pass over JSON lines, the lines the first found bad, in order: every other line is known to be UTF-8
    /// and well-formed, and is read only as far as the entity's own members (see <see cref="FtmJsonParser.Parse"/>).
    /// Null in a first pass, where every line is checked whole.
    /// </param>
    /// <param name="cancellationToken">Stops the reading.</param>
    public static IAsyncEnumerable<FtmItem> ReadAsync(FtmFormat format, FtmLineReader reader, IReadOnlyList<long>? badLines, CancellationToken cancellationToken) => format switch
    {
        FtmFormat.Statements => ReadStatementsAsync(reader, cancellationToken),
        _ => ReadJsonLinesAsync(reader, format == FtmFormat.NestedTargets, badLines, cancellationToken),
    };

    private static async IAsyncEnumerable<FtmItem> ReadJsonLinesAsync(FtmLineReader reader, bool nested, IReadOnlyList<long>? badLines, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var nextBad = 0; // the first of badLines not passed yet
        var any = false;
        var parser = new FtmJsonParser();
        var entities = new List<FtmEntity>(1); // reused: the consumer is done with a line's entities before the next
        while (true)
        {
            var (found, tooLong, line) = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (!found)
            {
                break;
            }

            if (tooLong)
            {
                any = true;
                yield return new FtmItem(null, TooLong(reader));
                continue;
            }

            var known = false;
            if (badLines is not null)
            {
                while (nextBad < badLines.Count && badLines[nextBad] < reader.LineNumber)
                {
                    nextBad++;
                }

                known = nextBad == badLines.Count || badLines[nextBad] != reader.LineNumber;
            }

            if (!known)
            {
                CheckUtf8(line.Span, reader.LineNumber);
            }

            if (IsBlank(line.Span))
            {
                continue;
            }

            any = true;
            entities.Clear();
            ImportError? error = null;
            try
            {
                parser.Parse(line, reader.LineNumber, nested, entities, known);
            }
            catch (ImportException e)
            {
                error = e.Error;
            }

            yield return error is null ? new FtmItem(entities, null, known) : new FtmItem(null, error);
        }

        if (!any)
        {
            throw new ImportException(new ImportError(FtmCodes.EmptyInput, 0, 0, "", null, "the input holds no entity"));
        }
    }

    private static async IAsyncEnumerable<FtmItem> ReadStatementsAsync(FtmLineReader reader, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (found, tooLong, headerLine) = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        if (!found)
        {
            throw new ImportException(new ImportError(FtmCodes.EmptyInput, 0, 0, "", null, "the input is empty: statements.csv starts with a header"));
        }

        if (tooLong)
        {
            throw new ImportException(TooLong(reader));
        }

        CheckUtf8(headerLine.Span, 1);
        var header = FtmCsv.Split(Encoding.UTF8.GetString(headerLine.Span)) ?? throw new ImportException(new ImportError(FtmCodes.BadCsvRecord, 1, 0, "", null, "the header has a quote that is not closed"));
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Count; i++)
        {
            columns.TryAdd(header[i].Trim(), i);
        }

        foreach (var needed in NeededColumns)
        {
            if (!columns.ContainsKey(needed))
            {
                throw new ImportException(new ImportError(FtmCodes.MissingColumn, 1, 0, needed, null, $"the header has no column '{needed}' (it has: {string.Join(", ", header)})"));
            }
        }

        int canonicalAt = columns["canonical_id"], propAt = columns["prop"], schemaAt = columns["schema"], valueAt = columns["value"];
        var externalAt = columns.GetValueOrDefault("external", -1);
        FtmEntity? current = null;
        string? tooBig = null; // the id of an entity refused for its size, whose further rows are passed over
        long held = 0; // the bytes of the current entity's rows
        var any = false;
        while (true)
        {
            (found, tooLong, var line) = await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
            if (!found)
            {
                break;
            }

            if (tooLong)
            {
                any = true;
                yield return new FtmItem(null, TooLong(reader));
                continue;
            }

            CheckUtf8(line.Span, reader.LineNumber);
            if (IsBlank(line.Span))
            {
                continue;
            }

            var fields = FtmCsv.Split(Encoding.UTF8.GetString(line.Span));
            ImportError? error = fields is null
                ? new ImportError(FtmCodes.BadCsvRecord, reader.LineNumber, 0, "", null, "a quoted field is not closed")
                : fields.Count != header.Count
                    ? new ImportError(FtmCodes.BadCsvRecord, reader.LineNumber, 0, "", fields.Count > canonicalAt ? fields[canonicalAt] : null, $"the record has {fields.Count} fields, the header {header.Count}")
                    : fields[canonicalAt].Length == 0
                        ? new ImportError(FtmCodes.MissingId, reader.LineNumber, 0, "canonical_id", null, "the statement has no canonical id")
                        : !TextRules.IsName(fields[canonicalAt])
                        ? new ImportError(FtmCodes.InvalidId, reader.LineNumber, 0, "canonical_id", null, FtmJsonParser.InvalidIdMessage)
                        : fields[schemaAt].Length == 0
                            ? new ImportError(FtmCodes.MissingSchema, reader.LineNumber, 0, "schema", fields[canonicalAt], "the statement has no schema")
                            : !FtmSchemas.IsKnown(fields[schemaAt])
                                ? new ImportError(FtmCodes.UnknownSchema, reader.LineNumber, 0, "schema", fields[canonicalAt], $"'{FtmJsonParser.Clip(fields[schemaAt])}' is not a FollowTheMoney schema")
                                : null;
            any = true;
            if (error is not null)
            {
                yield return new FtmItem(null, error);
                continue;
            }

            var id = fields![canonicalAt];
            if (tooBig is not null)
            {
                if (string.Equals(tooBig, id, StringComparison.Ordinal))
                {
                    continue; // the rest of an entity already refused as too big
                }

                tooBig = null;
            }

            if (current is not null && !string.Equals(current.Id, id, StringComparison.Ordinal))
            {
                yield return new FtmItem([current], null);
                current = null;
                held = 0;
            }

            // An entity's rows are held until its id changes: together they may be no longer than one line may be.
            held += line.Length;
            if (held > reader.ImportOptionsLimit)
            {
                yield return new FtmItem(null, new ImportError(FtmCodes.LineTooLong, reader.LineNumber, 0, "canonical_id", null, $"the statements of one entity pass {reader.ImportOptionsLimit} bytes together (ImportOptions.MaxLineBytes); an entity is held whole while it is read"));
                tooBig = id;
                current = null;
                held = 0;
                continue;
            }

            if (current is null)
            {
                current = new FtmEntity(id, fields[schemaAt], reader.LineNumber);
            }
            else if (!string.Equals(current.Schema, fields[schemaAt], StringComparison.Ordinal))
            {
                (current.ReadNotes ??= []).Add(new ImportNote(FtmCodes.SchemaConflict, reader.LineNumber, id, "schema", $"the row names schema '{FtmJsonParser.Clip(fields[schemaAt])}', the entity's first row '{current.Schema}'; the first was used"));
            }

            var prop = fields[propAt];
            if (externalAt >= 0 && IsTrue(fields[externalAt]))
            {
                (current.ReadNotes ??= []).Add(new ImportNote(FtmCodes.ExternalStatement, reader.LineNumber, id, prop, "an external statement (a candidate, not part of the entity) was not imported"));
            }
            else if (prop != "id")
            {
                // The statement of prop 'id' only says the entity exists; every other one is a value of a property.
                current.Add(prop, fields[valueAt]);
            }
        }

        if (current is not null)
        {
            yield return new FtmItem([current], null);
        }

        if (!any)
        {
            throw new ImportException(new ImportError(FtmCodes.EmptyInput, 0, 0, "", null, "the input holds no statement"));
        }
    }

    private static bool IsTrue(string text) => text is "t" or "true" or "True" or "TRUE" or "1";

    private static ImportError TooLong(FtmLineReader reader)
        => new(FtmCodes.LineTooLong, reader.LineNumber, 0, "", null, $"the line is longer than {reader.ImportOptionsLimit} bytes (ImportOptions.MaxLineBytes)");

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept(" \t\r"u8) < 0;

    private static void CheckUtf8(ReadOnlySpan<byte> line, long lineNumber)
    {
        if (Utf8.IsValid(line))
        {
            return;
        }

        // Find the first byte that does not start a well-formed sequence, for the column.
        var at = 0;
        while (at < line.Length)
        {
            var status = System.Text.Rune.DecodeFromUtf8(line[at..], out _, out var consumed);
            if (status != System.Buffers.OperationStatus.Done)
            {
                break;
            }

            at += consumed;
        }

        throw new ImportException(new ImportError(FtmCodes.InvalidUtf8, lineNumber, at + 1, "", null, $"the byte 0x{line[at]:X2} at column {at + 1} is not UTF-8; FollowTheMoney data is UTF-8"));
    }
}
