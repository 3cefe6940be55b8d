using System.Diagnostics;
using System.Text;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Interop.Imports;

namespace Negotiation.Domain.Interop.Tests.Csv;

/// <summary>A note a case must (or must not) give: its code, and its property when it matters.</summary>
/// <param name="Code">The note's code.</param>
/// <param name="Property">The column it names; <see langword="null"/> for any.</param>
public readonly record struct NoteOf(string Code, string? Property = null);

/// <summary>What an importer must make of one input, SkipBadLines or not.</summary>
public abstract record Expected
{
    private Expected()
    {
    }

    /// <summary>A note of a row error: the import stops there, or with SkipBadLines the line is a skipped-line note and the import goes on.</summary>
    public static Expected RowError(string code, long line, string? path = null) => new RowErrorCase(code, line, path);

    /// <summary>An error of the whole input: the import stops, SkipBadLines or not.</summary>
    public static Expected InputError(string code) => new InputErrorCase(code);

    /// <summary>The input is read: each of <paramref name="notes"/> is given.</summary>
    public static ReadCase Read(params NoteOf[] notes) => new(notes, []);

    /// <summary>A row error's expectation.</summary>
    public sealed record RowErrorCase(string Code, long Line, string? Path) : Expected;

    /// <summary>An error of the whole input.</summary>
    public sealed record InputErrorCase(string Code) : Expected;

    /// <summary>The input is read with these notes, and without those in <paramref name="Absent"/>.</summary>
    public sealed record ReadCase(NoteOf[] Notes, NoteOf[] Absent) : Expected
    {
        /// <summary>The same, and none of <paramref name="absent"/> is given.</summary>
        public ReadCase Without(params NoteOf[] absent) => this with { Absent = [.. Absent, .. absent] };
    }
}

/// <summary>
/// Runs one input through an importer four ways (read and gathered, each with and without SkipBadLines) and says how
/// what it gave differs from what was expected: the typed error, its skipped-line note, the notes, and a gathered
/// document that validates. Anything but an <see cref="ImportException"/> escaping is a difference.
/// </summary>
internal static class ImportContract
{
    /// <summary>The differences; empty when the importer kept the contract.</summary>
    public static async Task<List<string>> CheckAsync(Func<ImportOptions, IAsyncEnumerable<ImportRecord>> import, Expected expected, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        foreach (var skip in new[] { false, true })
        {
            var options = new ImportOptions { SkipBadLines = skip, MaxLineBytes = 1024 * 1024 };
            var mode = skip ? "read, SkipBadLines" : "read";
            List<ImportRecord>? records = null;
            Exception? thrown = null;
            try
            {
                records = [];
                await foreach (var record in import(options).WithCancellation(cancellationToken))
                {
                    records.Add(record);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                thrown = e;
            }

            CheckRead(expected, skip, mode, records, thrown, problems);

            mode = skip ? "gathered, SkipBadLines" : "gathered";
            thrown = null;
            ImportResult? result = null;
            try
            {
                var gathered = await ImportGathering.GatherAsync(import(options), new NegotiationId("contract"), "Contract", cancellationToken);
                if (gathered.IsT1)
                {
                    problems.Add($"{mode}: the document does not validate: {string.Join("; ", gathered.AsT1.Errors.Take(3))}");
                    continue;
                }

                result = gathered.AsT0;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                thrown = e;
            }

            var stops = expected is Expected.InputErrorCase || (expected is Expected.RowErrorCase && !skip);
            if (stops)
            {
                ExpectException(expected, mode, thrown, problems);
            }
            else if (thrown is not null)
            {
                problems.Add($"{mode}: {Describe(thrown)}");
            }
            else if (result is null)
            {
                problems.Add($"{mode}: no result");
            }
        }

        return problems;
    }

    private static void CheckRead(Expected expected, bool skip, string mode, List<ImportRecord>? records, Exception? thrown, List<string> problems)
    {
        switch (expected)
        {
            case Expected.InputErrorCase:
            case Expected.RowErrorCase when !skip:
                ExpectException(expected, mode, thrown, problems);
                return;
            case Expected.RowErrorCase row:
                if (thrown is not null)
                {
                    problems.Add($"{mode}: {Describe(thrown)}");
                    return;
                }

                var notes = records!.OfType<ImportedNote>().Select(static n => n.Note).ToList();
                if (!notes.Any(n => n.Code == "skipped-line" && n.Line == row.Line && n.Message.Contains(row.Code, StringComparison.Ordinal)))
                {
                    problems.Add($"{mode}: no skipped-line note for line {row.Line} with {row.Code}; notes: {Show(notes)}");
                }

                return;
            case Expected.ReadCase read:
                if (thrown is not null)
                {
                    problems.Add($"{mode}: {Describe(thrown)}");
                    return;
                }

                var given = records!.OfType<ImportedNote>().Select(static n => n.Note).ToList();
                foreach (var note in read.Notes.Where(n => !given.Any(g => Matches(g, n))))
                {
                    problems.Add($"{mode}: no {note.Code} note{(note.Property is null ? "" : $" on {note.Property}")}; notes: {Show(given)}");
                }

                foreach (var note in read.Absent.Append(new NoteOf("skipped-line")).Where(n => given.Any(g => Matches(g, n))))
                {
                    problems.Add($"{mode}: an unexpected {note.Code} note: {Show(given.Where(g => Matches(g, note)))}");
                }

                return;
        }
    }

    private static void ExpectException(Expected expected, string mode, Exception? thrown, List<string> problems)
    {
        var (code, line, path) = expected switch
        {
            Expected.RowErrorCase r => (r.Code, (long?)r.Line, r.Path),
            Expected.InputErrorCase i => (i.Code, null, null),
            _ => throw new UnreachableException(),
        };
        if (thrown is not ImportException { Error: var error })
        {
            problems.Add($"{mode}: expected an ImportException {code}, got {(thrown is null ? "none" : Describe(thrown))}");
        }
        else if (error.Code != code || (line is not null && error.Line != line) || (path is not null && error.Path != path) || error.Message.Length == 0)
        {
            problems.Add($"{mode}: expected {code} (line {line}, path '{path}'), got {error}");
        }
    }

    private static bool Matches(ImportNote given, NoteOf note) => given.Code == note.Code && (note.Property is null || given.Property == note.Property);

    private static string Show(IEnumerable<ImportNote> notes) => string.Join(" | ", notes.Take(8).Select(static n => Printable(n.ToString(), 160)));

    private static string Describe(Exception e)
    {
        var frame = new StackTrace(e, fNeedFileInfo: true).GetFrames().FirstOrDefault(static f => f.GetMethod()?.DeclaringType?.Namespace?.StartsWith("Negotiation.Domain.Interop", StringComparison.Ordinal) == true);
        return $"{e.GetType().Name}: {Printable(e.Message, 300)} (at {frame?.GetMethod()?.DeclaringType?.Name}.{frame?.GetMethod()?.Name})";
    }

    /// <summary>A text with C# escapes for anything outside printable ASCII, cut when long.</summary>
    public static string Printable(string text, int max = 80)
    {
        var b = new StringBuilder();
        foreach (var c in text.Length > max ? text[..max] : text)
        {
            b.Append(c is < ' ' or > '~' ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return text.Length > max ? $"{b}...(+{text.Length - max})" : b.ToString();
    }
}
