namespace Negotiation.Domain.Serialization.Reading;

/// <summary>
/// Counts the bytes of a JSON text that are not whitespace between tokens: what <see cref="NegotiationJsonOptions.MaxBytes"/>
/// measures, so that a document written with the canonical indentation is measured as its compact form is, and the
/// library always reads back what it writes. Only asked of a text longer than the limit, so a text within it costs nothing.
/// </summary>
internal static class SignificantBytes
{
    /// <summary>
    /// The bytes outside whitespace between tokens. Whitespace inside a string counts: it is the document's. Text that is
    /// not valid JSON is counted the same way; the reader refuses it afterwards, at its place.
    /// </summary>
    public static long Count(ReadOnlySpan<byte> utf8Json)
    {
        long whitespace = 0;
        var inString = false;
        for (var i = 0; i < utf8Json.Length; i++)
        {
            var b = utf8Json[i];
            if (inString)
            {
                if (b == (byte)'\\')
                {
                    i++; // the escaped byte can't end the string
                }
                else if (b == (byte)'"')
                {
                    inString = false;
                }
            }
            else if (b == (byte)'"')
            {
                inString = true;
            }
            else if (b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t')
            {
                whitespace++;
            }
        }

        return utf8Json.Length - whitespace;
    }
}
