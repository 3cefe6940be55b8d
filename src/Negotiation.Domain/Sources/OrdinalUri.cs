namespace Negotiation.Domain.Sources;

/// <summary>
/// A <see cref="Uri"/> as a record holds it: equal to another exactly when their texts are
/// (<see cref="Uri.OriginalString"/>, compared ordinally), with a hash code of that text. The text is what a document
/// writes, so records equal by it write the same bytes. <see cref="Uri.Equals(object)"/> would not do: it ignores the
/// fragment, the case of the scheme and host, a default port and percent-escapes of unreserved characters, so two
/// sources equal by it could write different bytes.
/// </summary>
/// <param name="value">The address, or <see langword="null"/>.</param>
internal readonly struct OrdinalUri(Uri? value) : IEquatable<OrdinalUri>
{
    /// <summary>The address, or <see langword="null"/>.</summary>
    public Uri? Value { get; } = value;

    public static bool operator ==(OrdinalUri left, OrdinalUri right) => left.Equals(right);

    public static bool operator !=(OrdinalUri left, OrdinalUri right) => !left.Equals(right);

    /// <inheritdoc />
    public bool Equals(OrdinalUri other) => string.Equals(Value?.OriginalString, other.Value?.OriginalString, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is OrdinalUri other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Value is null ? 0 : StringComparer.Ordinal.GetHashCode(Value.OriginalString);
}
