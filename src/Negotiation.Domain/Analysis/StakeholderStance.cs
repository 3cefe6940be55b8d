using Negotiation.Domain.Collections;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Sources;
using Negotiation.Domain.Stances;

namespace Negotiation.Domain.Analysis;

/// <summary>One recorded stance, as it bears on the subject of a <see cref="StakeholderMap"/>.</summary>
/// <param name="Stance">The stance as recorded: its party, subject, statement, condition, date and attribution.</param>
/// <param name="Position">
/// Its position towards the map's subject. It is the stance's own position, except for a stance on a sanction that
/// the subject would lift: there support and opposition swap, because to support a sanction is to oppose lifting it.
/// </param>
/// <param name="Sources">The sources its attribution names, resolved from the document; empty when it names none.</param>
public sealed record StakeholderStance(Stance Stance, StancePosition Position, EquatableArray<Source> Sources)
{
    /// <summary>The party that holds the stance.</summary>
    public PartyId Party => Stance.Party;

    /// <summary>Whether the position was read through a lifted sanction, and so is the opposite of the stance's own.</summary>
    public bool IsInverted => Position != Stance.Position;
}
