using Negotiation.Domain.Documents;
using Negotiation.Domain.Serialization;
using OneOf;

namespace Negotiation.Cli.Input;

/// <summary>A document's raw bytes and the name to show for it (a path, or the embedded seed's name).</summary>
/// <param name="Name">The name shown in messages.</param>
/// <param name="Bytes">The UTF-8 JSON, exactly as stored: the library, not the tool, decides what is valid text.</param>
internal sealed record DocumentSource(string Name, byte[] Bytes)
{
    /// <summary>
    /// Reads a file, at most one byte past the library's size limit (so <c>/dev/zero</c> can't fill the memory), or
    /// says why it can't be read.
    /// </summary>
    public static OneOf<DocumentSource, string> FromFile(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                return $"cannot read {path}: it is a directory";
            }

            using var file = File.OpenRead(path);
            using var copy = new MemoryStream();
            var buffer = new byte[81920];
            int read;
            while ((read = file.Read(buffer)) > 0 && copy.Length <= NegotiationJsonOptions.DefaultMaxBytes)
            {
                copy.Write(buffer, 0, read);
            }

            return new DocumentSource(path, copy.ToArray());
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return $"cannot read {path}: {e.Message}";
        }
    }

    /// <summary>The embedded seed case.</summary>
    public static DocumentSource Seed() => new(SeedDocuments.DefaultName, SeedDocuments.ReadDefault());

    /// <summary>Reads the bytes as a document; text past the size limit is refused by the library as too large.</summary>
    public OneOf<NegotiationDocument, JsonReadError> Read() => NegotiationJson.Read(Bytes);
}
