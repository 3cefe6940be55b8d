namespace Negotiation.Domain.Serialization.Format;

/// <summary>What a member's value is.</summary>
/// <param name="Kind">Its kind.</param>
/// <param name="Type">Its .NET type (for an array, <c>EquatableArray&lt;T&gt;</c>).</param>
/// <param name="Element">For an array, its items.</param>
internal sealed record ValueDescription(ValueKind Kind, Type Type, ValueDescription? Element);
