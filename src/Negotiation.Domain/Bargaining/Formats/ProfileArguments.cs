using Negotiation.Domain.Identifiers;

namespace Negotiation.Domain.Bargaining.Formats;

/// <summary>The checks both importers make of the list of profiles they are given: programmer errors, thrown.</summary>
internal static class ProfileArguments
{
    /// <summary>
    /// Throws an <see cref="ArgumentException"/> naming <c>profiles</c> when an entry has a <c>default</c> party or a
    /// null stream, or a party comes twice; an <see cref="ArgumentNullException"/> when the list is null.
    /// </summary>
    public static void Check(IReadOnlyList<(PartyId Party, Stream Profile)> profiles, bool atLeastOne)
    {
        ArgumentNullException.ThrowIfNull(profiles);
        if (atLeastOne && profiles.Count == 0)
        {
            throw new ArgumentException("A GeniusWeb import needs one profile at least: each holds the domain.", nameof(profiles));
        }

        var parties = new HashSet<PartyId>();
        for (var i = 0; i < profiles.Count; i++)
        {
            var (party, profile) = profiles[i];
            if (party.Value.Length == 0)
            {
                throw new ArgumentException($"profiles[{i}] has no party: a party id, not default, says whose profile it is.", nameof(profiles));
            }

            if (profile is null)
            {
                throw new ArgumentNullException(nameof(profiles), $"profiles[{i}] has no stream.");
            }

            if (!parties.Add(party))
            {
                throw new ArgumentException($"profiles[{i}] is a second profile of the party '{party}'.", nameof(profiles));
            }
        }
    }
}
