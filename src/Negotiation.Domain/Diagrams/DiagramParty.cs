using Negotiation.Domain.Parties;

namespace Negotiation.Domain.Diagrams;

/// <summary>A party in the diagram's tree: the parties grouped under it are drawn inside its cluster, with it.</summary>
/// <param name="Party">The party.</param>
/// <param name="Children">The parties grouped under it, in document order.</param>
internal sealed record DiagramParty(Party Party, List<DiagramParty> Children);
