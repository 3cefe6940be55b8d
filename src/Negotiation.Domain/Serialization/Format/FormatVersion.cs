using Negotiation.Domain.Documents;

namespace Negotiation.Domain.Serialization.Format;

/// <summary>
/// The root's <c>formatVersion</c>. A type of its own so that the generated reader checks it as soon as it is read, with
/// its own code, before anything a later version may have changed is read.
/// </summary>
/// <param name="Value">The version number.</param>
internal readonly record struct FormatVersion(int Value)
{
    /// <summary>The version this library writes.</summary>
    public static FormatVersion Current => new(NegotiationDocument.CurrentFormatVersion);

    /// <summary>Whether a document of this version is read by upgrading it to <see cref="Current"/>.</summary>
    public bool IsEarlier => Value < NegotiationDocument.CurrentFormatVersion;
}
