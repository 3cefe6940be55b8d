using System.Text;
using System.Xml;

namespace Negotiation.Domain.Bargaining.Formats;

/// <summary>
/// Reads a GENIUS file from strangers safely: no document type declaration at all (so no entity, internal or external,
/// is ever declared or expanded: no XXE, no billion laughs), no resolver, and limits on size and depth. Only the
/// elements a GENIUS file is made of are kept; any other is skipped with what it holds, its depth still counted.
/// </summary>
internal static class SafeXml
{
    private static readonly HashSet<string> Kept = new(StringComparer.Ordinal)
    {
        "negotiation_template", "utility_space", "objective", "issue", "item", "weight", "evaluator", "reservation", "discount_factor",
    };

    /// <summary>The root element of the file, or an <see cref="ImportException"/>: <c>too-large</c>, <c>dtd-not-allowed</c>, <c>too-deep</c>, <c>invalid-xml</c>.</summary>
    public static XmlNode Parse(Stream stream, GeniusImportOptions options)
    {
        var bytes = BoundedInput.Read(stream, options.MaxBytes)
            ?? throw new ImportException(ErrorCodes.TooLarge, "/", $"the file is larger than {options.MaxBytes} bytes (GeniusImportOptions.MaxBytes)");
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = options.MaxBytes,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            IgnoreWhitespace = true,
        };

        XmlNode? root = null;
        XmlNode? current = null;
        var skipping = -1; // the depth of the unknown element being skipped, or -1
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(bytes, writable: false), settings);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    if (reader.Depth >= options.MaxDepth)
                    {
                        throw new ImportException(ErrorCodes.TooDeep, (current?.Path ?? string.Empty) + "/" + XmlNode.Escape(reader.Name), $"elements are nested more than {options.MaxDepth} deep (GeniusImportOptions.MaxDepth); a GENIUS file needs 5");
                    }

                    var empty = reader.IsEmptyElement;
                    if (skipping >= 0)
                    {
                        continue;
                    }

                    if (root is not null && !Kept.Contains(reader.Name))
                    {
                        skipping = empty ? -1 : reader.Depth;
                        continue;
                    }

                    var node = new XmlNode(reader.Name, current);
                    root ??= node;
                    if (reader.MoveToFirstAttribute())
                    {
                        do
                        {
                            node.AddAttribute(reader.Name, reader.Value);
                        }
                        while (reader.MoveToNextAttribute());
                        reader.MoveToElement();
                    }

                    if (!empty)
                    {
                        current = node;
                    }
                }
                else if (reader.NodeType == XmlNodeType.EndElement)
                {
                    if (skipping >= 0)
                    {
                        skipping = reader.Depth == skipping ? -1 : skipping;
                        continue;
                    }

                    current = current?.Parent;
                }
            }
        }
        catch (XmlException malformed)
        {
            if (root is null && HasDocumentType(bytes))
            {
                throw new ImportException(ErrorCodes.DtdNotAllowed, "/", "the file has a document type declaration (<!DOCTYPE …>); GENIUS files have none, and one could declare entities, so it is refused before anything in it is read");
            }

            var where = malformed.LineNumber > 0 ? $" at line {malformed.LineNumber}, column {malformed.LinePosition}" : string.Empty;
            throw new ImportException(ErrorCodes.InvalidXml, current?.Path ?? "/", $"the file is not well-formed XML{where}: {ImportText.Parser(malformed.Message)}");
        }

        return root ?? throw new ImportException(ErrorCodes.InvalidXml, "/", "the file has no root element");
    }

    /// <summary>Whether the text holds <c>&lt;!DOCTYPE</c>, in UTF-8 (or ASCII) or in UTF-16 of either byte order.</summary>
    private static bool HasDocumentType(byte[] bytes)
    {
        const string marker = "<!DOCTYPE";
        ReadOnlySpan<byte> text = bytes;
        return text.IndexOf(Encoding.UTF8.GetBytes(marker)) >= 0
            || text.IndexOf(Encoding.Unicode.GetBytes(marker)) >= 0
            || text.IndexOf(Encoding.BigEndianUnicode.GetBytes(marker)) >= 0;
    }
}
