using System.Text.Json;
using Negotiation.Domain.Serialization;

namespace Negotiation.Cli.Input;

/// <summary>Prints read errors as the compiler-style lines editors understand, or as a JSON array.</summary>
internal static class ErrorReport
{
    /// <summary>One line per error: <c>FILE:LINE:COLUMN: CODE: PATH: message</c>.</summary>
    public static IEnumerable<string> Lines(string file, JsonReadError error)
        => error.Errors.Select(e => $"{file}:{e.Line}:{e.Column}: {e.Code}: {e.Path}: {e.Message}");

    /// <summary>Writes the errors of several files as one JSON array of objects.</summary>
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
            }

            json.WriteEndArray();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
