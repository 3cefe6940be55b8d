using Negotiation.Domain.Actions;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;

namespace Negotiation.Domain.Analysis;

/// <summary>
/// An ordered set of parties: each party once, in the order first added. Results list parties in document order, so
/// a plain <see cref="HashSet{T}"/> (whose order is not promised) is not enough.
/// </summary>
internal sealed class Concerned
{
    private readonly HashSet<PartyId> _seen = [];

    public List<PartyId> Parties { get; } = [];

    public bool Contains(PartyId party) => _seen.Contains(party);

    public void Add(PartyId party)
    {
        if (_seen.Add(party))
        {
            Parties.Add(party);
        }
    }

    public void AddRange(IEnumerable<PartyId> parties)
    {
        foreach (var party in parties)
        {
            Add(party);
        }
    }

    /// <summary>The parties an action names: its targets, and the authorities and targets of the sanctions it names.</summary>
    public void AddAction(NegotiationDocument document, PolicyAction action)
    {
        AddRange(action.Targets);
        foreach (var id in action.Sanctions)
        {
            if (document.Find(id) is { } sanction)
            {
                Add(sanction.Authority);
                AddRange(sanction.Targets);
            }
        }
    }
}
