using Negotiation.Cli.Input;
using Negotiation.Domain.Interop.Imports;

namespace Negotiation.Cli.Interop;

/// <summary>An import error as one line, as <c>validate</c> prints a document's: <c>FILE:LINE:COLUMN: CODE: PATH: message</c>.</summary>
internal static class ImportErrorText
{
    /// <param name="name">The input's name, escaped.</param>
    /// <param name="error">The error.</param>
    public static string Of(string name, ImportError error)
    {
        var at = error.Column > 0 ? $"{error.Line}:{error.Column}" : $"{error.Line}";
        var where = error.Path.Length > 0 ? $"{PrintableText.Escape(error.Path)}: " : "";
        return $"{name}:{at}: {error.Code}: {where}{PrintableText.Escape(error.Message)}";
    }
}
