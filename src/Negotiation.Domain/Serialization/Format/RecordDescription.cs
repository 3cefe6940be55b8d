using System.Collections.Immutable;

namespace Negotiation.Domain.Serialization.Format;

/// <summary>A record of the format, as the generator read it off its declaration.</summary>
/// <param name="Type">The record's type.</param>
/// <param name="Name">Its simple name.</param>
/// <param name="Discriminator">For an abstract record of several kinds, the JSON name of the member that tells them apart.</param>
/// <param name="KindValue">For a kind of such a record, its discriminator value.</param>
/// <param name="BaseName">For a kind, the name of its abstract record.</param>
/// <param name="Kinds">For an abstract record, its kinds: the discriminator value and the record's type.</param>
/// <param name="Members">Its members, in the order they are written.</param>
internal sealed record RecordDescription(
    Type Type,
    string Name,
    string? Discriminator,
    string? KindValue,
    string? BaseName,
    ImmutableArray<(string Value, Type Type)> Kinds,
    ImmutableArray<MemberDescription> Members);
