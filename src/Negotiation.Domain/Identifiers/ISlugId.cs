namespace Negotiation.Domain.Identifiers;

/// <summary>
/// A typed identifier over a validated slug: lower-case ASCII letters and digits in runs joined by single hyphens
/// (<c>us</c>, <c>cn-mps-ifs</c>), at most <see cref="Slug.MaxLength"/> characters.
/// One type per kind of record, so a party id cannot be passed where a sanction id is due.
/// </summary>
/// <typeparam name="TSelf">The identifier type itself.</typeparam>
public interface ISlugId<TSelf> : IEquatable<TSelf>, IComparable<TSelf>
    where TSelf : struct, ISlugId<TSelf>
{
    /// <summary>The slug text; empty for a <c>default</c> identifier, which no record accepts.</summary>
    string Value { get; }

    /// <summary>The kind of record this identifier names, as a word used in messages (<c>party</c>, <c>sanction</c>).</summary>
    static abstract string KindName { get; }

    /// <summary>Creates an identifier from a slug.</summary>
    /// <param name="value">The slug.</param>
    /// <returns>The identifier.</returns>
    /// <exception cref="ArgumentException">The value is not a valid slug.</exception>
    static abstract TSelf Create(string value);
}
