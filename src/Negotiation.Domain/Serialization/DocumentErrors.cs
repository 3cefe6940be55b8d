using Negotiation.Domain.Documents;

namespace Negotiation.Domain.Serialization;

/// <summary>Messages shared by the reader and the converter, so the same problem reads the same wherever it is found.</summary>
internal static class DocumentErrors
{
    public static string UnsupportedVersion(string version)
        => $"Format version {version} is not supported: this library reads versions {NegotiationDocument.EarliestFormatVersion} to {NegotiationDocument.CurrentFormatVersion}.";
}
