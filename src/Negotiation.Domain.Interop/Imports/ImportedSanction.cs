using Negotiation.Domain.Sanctions;

namespace Negotiation.Domain.Interop.Imports;

/// <summary>A sanction read from a list. Its targets and authority are parties of the same import.</summary>
public sealed record ImportedSanction : ImportRecord
{
    /// <summary>Wraps <paramref name="sanction"/>.</summary>
    /// <param name="sanction">The sanction.</param>
    /// <param name="line">The line it was read from, counted from 1.</param>
    public ImportedSanction(Sanction sanction, long line)
        : base(line) => Sanction = sanction ?? throw new ArgumentNullException(nameof(sanction));

    /// <summary>The sanction.</summary>
    public Sanction Sanction { get; }
}
