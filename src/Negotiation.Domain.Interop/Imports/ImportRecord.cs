namespace Negotiation.Domain.Interop.Imports;

/// <summary>
/// One thing a streaming import gives, as soon as it has read it: an <see cref="ImportedParty"/>, an
/// <see cref="ImportedSanction"/>, an <see cref="ImportedSource"/> or an <see cref="ImportedNote"/>. Notes come in the
/// same stream as the records, in the order of the input, so that nothing has to be held back to the end.
/// </summary>
/// <remarks>Match on the four kinds with a <c>switch</c>; no other kind is made.</remarks>
public abstract record ImportRecord
{
    private protected ImportRecord(long line) => Line = line;

    /// <summary>The line of the input the record was read from, counted from 1; 0 when it was made rather than read.</summary>
    public long Line { get; }
}
