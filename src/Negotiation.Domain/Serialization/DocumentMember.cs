using System.Text.Json;

namespace Negotiation.Domain.Serialization;

/// <summary>A member of the document's root object: its JSON name, its .NET type, and whether it must be present or may be null.</summary>
/// <param name="Name">The JSON name.</param>
/// <param name="Type">The .NET type its value reads as.</param>
/// <param name="Required">Whether it must be present.</param>
/// <param name="Nullable">Whether it may be <c>null</c>.</param>
internal sealed record DocumentMember(JsonEncodedText Name, Type Type, bool Required = false, bool Nullable = false);
