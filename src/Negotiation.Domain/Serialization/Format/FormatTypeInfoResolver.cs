using System.Text.Json.Serialization.Metadata;

namespace Negotiation.Domain.Serialization.Format;

/// <summary>
/// System.Text.Json metadata for the records of the format, made from the generated readers and writers (see
/// <c>FormatTypeInfoResolver.g.cs</c> among the generated files). It comes first in
/// <see cref="NegotiationJson.SerializerOptions"/>, so a record serialized inside a user's own types is written and read
/// exactly as in a document, with the same errors.
/// </summary>
internal sealed partial class FormatTypeInfoResolver : IJsonTypeInfoResolver;
