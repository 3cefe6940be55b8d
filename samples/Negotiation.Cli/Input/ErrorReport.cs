using System.Text.Json;
using Negotiation.Domain.Serialization;

namespace Negotiation.Cli.Input;

/// <summary>Prints read errors as the compiler-style lines editors understand, or as a JSON array.</summary>
internal static class ErrorReport
{
    /// <summary>
    /// One line per error listed: <c>FILE:LINE:COLUMN: CODE: PATH: message</c>; then, when the library listed fewer
    /// than it found, one line <c>FILE: N more errors not listed (--max-errors M)</c>, which has no line and column, so
    /// that an editor's problem matcher does not take it for an error. The library escapes what it quotes; the file
    /// name is escaped by <see cref="DocumentSource"/>.
    /// </summary>
    public static IEnumerable<string> Lines(string file, JsonReadError error)
    {
        foreach (var e in error.Errors)
        {
            yield return $"{file}:{e.Line}:{e.Column}: {e.Code}: {e.Path}: {e.Message}";
        }

        if (error.OmittedErrorCount > 0)
        {
            yield return $"{file}: {error.OmittedErrorCount} more error{(error.OmittedErrorCount == 1 ? "" : "s")} not listed (--max-errors {error.Errors.Count})";
        }
    }

    /// <summary>
    /// Writes the errors of several files as one JSON array of objects: one per error listed (<c>file</c>, <c>line</c>,
    /// <c>column</c>, <c>code</c>, <c>path</c>, <c>message</c>), and for a file with errors not listed, one more object
    /// with only <c>file</c> and <c>omittedErrors</c>, their count.
    /// </summary>
    public static void WriteJson(TextWriter output, IEnumerable<(string File, JsonReadError Error)> errors)
    {
        using var stream = new MemoryStream();
        // The relaxed encoder keeps apostrophes and non-ASCII text readable; the output is not embedded in HTML.
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            foreach (var (file, error) in errors)
            {
                foreach (var e in error.Errors)
                {
                    json.WriteStartObject();
                    json.WriteString("file", file);
                    json.WriteNumber("line", e.Line);
                    json.WriteNumber("column", e.Column);
                    json.WriteString("code", e.Code);
                    json.WriteString("path", e.Path);
                    json.WriteString("message", e.Message);
                    json.WriteEndObject();
                }

                if (error.OmittedErrorCount > 0)
                {
                    json.WriteStartObject();
                    json.WriteString("file", file);
                    json.WriteNumber("omittedErrors", error.OmittedErrorCount);
                    json.WriteEndObject();
                }
            }

            json.WriteEndArray();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
