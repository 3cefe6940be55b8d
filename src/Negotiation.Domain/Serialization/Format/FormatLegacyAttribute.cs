namespace Negotiation.Domain.Serialization.Format;

/// <summary>
/// Marks an internal property of a format record as a member of an earlier version of the format only: the reader
/// still takes it from an old document, <see cref="FormatUpgrade"/> turns it into what the current version says and
/// clears it, and the writer, the reference walk, the description and the schema leave it out.
/// </summary>
/// <remarks>
/// Version 2 changes what a few version-1 members mean (a sanction's <c>status</c> and dates become its history), so
/// those members cannot simply stay. Reading them into the record, rather than rewriting the text first, keeps the
/// positions of errors in an old document where they are in its text.
/// </remarks>
[AttributeUsage(AttributeTargets.Property, Inherited = false)]
internal sealed class FormatLegacyAttribute : Attribute
{
    /// <summary>The last version of the format that has the member.</summary>
    /// <param name="lastVersion">The last version that has it.</param>
    public FormatLegacyAttribute(int lastVersion) => LastVersion = lastVersion;

    /// <summary>The last version of the format that has the member.</summary>
    public int LastVersion { get; }
}
