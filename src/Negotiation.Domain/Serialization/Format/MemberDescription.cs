using System.Collections.Immutable;

namespace Negotiation.Domain.Serialization.Format;

/// <summary>A member of a record of the format, as the generator read it off the record's declaration.</summary>
/// <param name="JsonName">Its JSON name.</param>
/// <param name="PropertyName">The record's property.</param>
/// <param name="Value">What its value is.</param>
/// <param name="Required">Whether a document must have it.</param>
/// <param name="Nullable">Whether the property admits null.</param>
/// <param name="Rules">The guards the property's <c>init</c> accessor calls, innermost first, each with the limits it is given (<c>NullOrInvalidText:MaxNameLength</c>, <c>TooFewItems:2</c>): a named <c>Max…</c> constant or a literal number.</param>
internal sealed record MemberDescription(string JsonName, string PropertyName, ValueDescription Value, bool Required, bool Nullable, ImmutableArray<string> Rules);
