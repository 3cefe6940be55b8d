namespace Negotiation.Domain.Tests.Serialization;

/// <summary>
/// A member's ids of other records, to be chosen once every record of the document has its own id.
/// </summary>
/// <param name="Count">How many to choose: 1 for a single id, the drawn length for an array.</param>
/// <param name="Least">The fewest the member may have (an array that can't be empty, a required id).</param>
internal sealed record PendingIds(int Count, int Least);
