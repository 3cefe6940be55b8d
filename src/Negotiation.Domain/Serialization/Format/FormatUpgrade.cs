namespace Negotiation.Domain.Serialization.Format;

/// <summary>
/// Turns a root read in an earlier version of the format into the current version, losing nothing, before the document
/// rules are checked: the rest of the library only ever sees the current version.
/// </summary>
/// <remarks>
/// Version 2 only adds to version 1 so far: every member of version 1 means the same in version 2, so a version-1 root
/// needs only its version changed. Where version 2 changes what a version-1 member means, the change is made here,
/// one step per version, and the version-1 fixture in the tests proves it still reads.
/// </remarks>
internal static class FormatUpgrade
{
    /// <summary>The root as the current version has it.</summary>
    public static RawDocument ToCurrent(RawDocument root)
        => root.FormatVersion.IsEarlier ? root with { FormatVersion = FormatVersion.Current } : root;
}
