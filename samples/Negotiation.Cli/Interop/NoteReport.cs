using System.Text.Encodings.Web;
using System.Text.Json;
using Negotiation.Cli.Input;

namespace Negotiation.Cli.Interop;

/// <summary>The notes of an import or export: counted by code on standard error, and written in full as JSON lines with <c>--notes FILE</c>.</summary>
internal static class NoteReport
{
    /// <summary>
    /// One line per code, most frequent first (then by code): <c>negotiation: 12 notes: 9 undated, 3 event-kind-not-coded</c>;
    /// and where they are in full, or how to get them. Nothing when there are none.
    /// </summary>
    public static void Summarise(TextWriter error, IReadOnlyCollection<ToolNote> notes, string? notesPath)
        => Summarise(error, notes, "", notesPath is null ? "--notes FILE writes them in full" : $"in full in {PrintableText.Escape(notesPath)}");

    /// <summary>The same line, with a prefix (the list it is about) and where the notes are in full, or how to get them.</summary>
    public static void Summarise(TextWriter error, IReadOnlyCollection<ToolNote> notes, string prefix, string where)
    {
        if (notes.Count == 0)
        {
            return;
        }

        var counts = notes.GroupBy(n => n.Code, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => $"{g.Count()} {g.Key}");
        error.WriteLine($"negotiation: {prefix}{notes.Count} note{(notes.Count == 1 ? "" : "s")} ({where}): {string.Join(", ", counts)}");
    }

    /// <summary>Writes every note as one JSON object a line: <c>code</c>, <c>line</c>, <c>sourceId</c>, <c>property</c>, <c>message</c>.</summary>
    public static void WriteJsonLines(Stream output, IEnumerable<ToolNote> notes)
    {
        var options = new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        foreach (var note in notes)
        {
            using (var json = new Utf8JsonWriter(output, options))
            {
                json.WriteStartObject();
                json.WriteString("code", note.Code);
                json.WriteNumber("line", note.Line);
                Optional(json, "sourceId", note.SourceId);
                Optional(json, "property", note.Property);
                json.WriteString("message", note.Message);
                json.WriteEndObject();
            }

            output.WriteByte((byte)'\n');
        }
    }

    /// <summary>Writes the notes to <paramref name="path"/>, or says why it can't (returns false).</summary>
    public static bool TryWrite(string path, IEnumerable<ToolNote> notes, TextWriter error)
    {
        try
        {
            using var file = File.Create(path);
            WriteJsonLines(file, notes);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"negotiation: cannot write {PrintableText.Escape(path)}: {PrintableText.Escape(e.Message)}");
            return false;
        }
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }
}
