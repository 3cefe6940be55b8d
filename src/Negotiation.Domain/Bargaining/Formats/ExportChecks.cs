using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Validation;

namespace Negotiation.Domain.Bargaining.Formats;

/// <summary>What the exporters ask of their arguments: a domain that keeps the bargaining rules, and a party it has preferences for.</summary>
internal static class ExportChecks
{
    /// <summary>Throws an <see cref="ArgumentException"/> naming <c>domain</c> when it breaks a bargaining rule (<see cref="BargainingRules"/>).</summary>
    public static void Domain(BargainingDomain domain)
    {
        ArgumentNullException.ThrowIfNull(domain);
        var errors = new ErrorList(1, ["bargaining"]);
        BargainingRules.Check(domain, errors);
        if (errors.Any)
        {
            throw new ArgumentException($"The domain breaks a bargaining rule, so it cannot be exported: {errors.Listed()[0]}", nameof(domain));
        }
    }

    /// <summary>The preferences of <paramref name="party"/>; an <see cref="ArgumentException"/> naming <c>party</c> when the domain has none.</summary>
    public static PartyPreferences Preferences(BargainingDomain domain, PartyId party)
    {
        if (party.Value.Length == 0)
        {
            throw new ArgumentException("The party must be a party id, not default.", nameof(party));
        }

        return domain.PreferencesOf(party) ?? throw new ArgumentException($"The domain has no preferences for the party '{party}'.", nameof(party));
    }

    /// <summary>The utility of an outcome, exactly: Σ weight × value of the option chosen on each issue.</summary>
    public static decimal UtilityOf(BargainingDomain domain, PartyPreferences preferences, IReadOnlyList<int> outcome)
    {
        var sum = 0m;
        for (var k = 0; k < outcome.Count; k++)
        {
            sum += preferences.Issues[k].Weight * preferences.Issues[k].Values[outcome[k]];
        }

        return sum;
    }
}
