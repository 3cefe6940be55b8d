using Negotiation.Domain.Sources;

namespace Negotiation.Domain.Interop.Imports;

/// <summary>A source the import's records cite: the list file itself, or a page a list entry names.</summary>
public sealed record ImportedSource : ImportRecord
{
    /// <summary>Wraps <paramref name="source"/>.</summary>
    /// <param name="source">The source.</param>
    /// <param name="line">The line it was read from, counted from 1; 0 for the file itself.</param>
    public ImportedSource(Source source, long line)
        : base(line) => Source = source ?? throw new ArgumentNullException(nameof(source));

    /// <summary>The source.</summary>
    public Source Source { get; }
}
