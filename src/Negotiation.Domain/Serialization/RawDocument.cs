using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;

namespace Negotiation.Domain.Serialization;

/// <summary>The root of a document as read, before the document-level rules are checked.</summary>
/// <param name="FormatVersion">The format version the text declares.</param>
/// <param name="Id">The document's id.</param>
/// <param name="Title">Its title.</param>
/// <param name="Description">Its description, if any.</param>
/// <param name="Content">Its records.</param>
internal sealed record RawDocument(int FormatVersion, NegotiationId Id, string Title, string? Description, NegotiationContent Content);
