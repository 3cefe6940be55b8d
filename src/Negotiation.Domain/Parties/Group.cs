using Ardalis.GuardClauses;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Parties;

/// <summary>
/// A collective known by description rather than by name: "Chinese exporters of fentanyl ingredients", "human rights
/// groups", "the Uyghurs of Xinjiang", "13 people in China". Use <see cref="Coalition"/> when the members are named.
/// </summary>
[FormatRecord]
public sealed record Group : Party
{
    /// <summary>Creates a group.</summary>
    /// <param name="id">The party's id.</param>
    /// <param name="name">A short description that serves as its name.</param>
    /// <param name="type">What kind of collective it is.</param>
    /// <param name="country">The country it is in, where one fits.</param>
    /// <param name="size">How many members it has, when a source counts them (13 people, 12 businesses).</param>
    /// <param name="affiliation">A party it belongs to or is part of (the state of a population, a political party), if any.</param>
    /// <param name="aliases">Other names.</param>
    /// <param name="description">Nuance, in a few words.</param>
    public Group(PartyId id, string name, GroupType type, CountryCode? country = null, int? size = null, PartyId? affiliation = null, EquatableArray<string> aliases = default, string? description = null)
        : base(id, name, aliases, country, description)
    {
        Type = type;
        Size = size;
        Affiliation = affiliation;
    }

    /// <summary>What kind of collective it is.</summary>
    public GroupType Type { get; init => field = Guard.Against.UndefinedEnumValue(value, nameof(Type)); }

    /// <summary>How many members it has, when a source counts them.</summary>
    public int? Size { get; init => field = Guard.Against.BelowMinimum(value, nameof(Size), 1); }

    /// <summary>A party it belongs to or is part of, if any.</summary>
    public PartyId? Affiliation { get; init => field = Guard.Against.DefaultId(value, nameof(Affiliation)); }

    /// <inheritdoc />
    public override PartyId? ParentId => Affiliation;
}
