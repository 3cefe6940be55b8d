using Negotiation.Domain.Interop.Imports;

namespace Negotiation.Domain.Interop.FollowTheMoney;

/// <summary>What one line (or one group of statements) of the input gives: its entities, or the error that stops it being read.</summary>
/// <param name="Entities">The entities, the line's own first; null when <paramref name="Error"/> is set.</param>
/// <param name="Error">Why the line can't be read.</param>
/// <param name="Known">Whether the line was read before, in a first pass, and found good (no error, no repeated id).</param>
internal readonly record struct FtmItem(List<FtmEntity>? Entities, ImportError? Error, bool Known = false);
