using Negotiation.Domain.Documents;
using Negotiation.Domain.Serialization;
using OneOf;

namespace Negotiation.Cli.Input;

/// <summary>A document's text and the name to show for it (a path, or the embedded seed's name).</summary>
/// <param name="Name">The name shown in messages.</param>
/// <param name="Text">The JSON text.</param>
internal sealed record DocumentSource(string Name, string Text)
{
    /// <summary>Reads a file, or says why it can't be read.</summary>
    public static OneOf<DocumentSource, string> FromFile(string path)
    {
        try
        {
            return new DocumentSource(path, File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return $"cannot read {path}: {e.Message}";
        }
    }

    /// <summary>The embedded seed case.</summary>
    public static DocumentSource Seed() => new(SeedDocuments.DefaultName, SeedDocuments.ReadDefault());

    /// <summary>Reads the text as a document.</summary>
    public OneOf<NegotiationDocument, JsonReadError> Read() => NegotiationJson.Read(Text);
}
