using System.Collections.Frozen;
using Negotiation.Domain.Actions;

namespace Negotiation.Domain.Interop.Plover;

/// <summary>
/// The quad code and the conflict–cooperation score (<c>event_scale</c>) of a PLOVER category and mode, from the PLOVER
/// manual's tables (github.com/openeventdata/PLOVER, PLOVER_MANUAL.tex: "Numeric conflict/cooperation scores").
/// </summary>
/// <remarks>
/// The manual's score table prints ACCUSE, with no mode, as +3: a sign typo. Every other verbal-conflict score is
/// negative, ACCUSE's own modes score −2 to −3.5, and the earlier table it replaced had ACCUSE at −2.0; it is −3 here.
/// </remarks>
public static class PloverScores
{
    private static readonly FrozenDictionary<string, double> Scores = new Dictionary<string, double>
    {
        ["AGREE"] = 2.5,
        ["CONSULT"] = 2.5, ["CONSULT:visit"] = 4, ["CONSULT:third-party"] = 1, ["CONSULT:multilateral"] = 4, ["CONSULT:phone"] = 1.5,
        ["SUPPORT"] = 5,
        ["CONCEDE"] = 4.5,
        ["COOPERATE"] = 9.5,
        ["AID"] = 10,
        ["RETREAT"] = 6.5, ["RETREAT:withdraw"] = 8, ["RETREAT:release"] = 6.5, ["RETREAT:disarm"] = 10, ["RETREAT:ceasefire"] = 7.5, ["RETREAT:access"] = 6.5, ["RETREAT:resign"] = 4.5,
        ["REQUEST"] = 0, ["REQUEST:assist"] = 0.5, ["REQUEST:change"] = -1, ["REQUEST:yield"] = -1, ["REQUEST:meet"] = 0,
        ["ACCUSE"] = -3, ["ACCUSE:disapprove"] = -2, ["ACCUSE:investigate"] = -3.5, ["ACCUSE:allege"] = -3.5,
        ["REJECT"] = -2, ["REJECT:assist"] = -1.5, ["REJECT:change"] = -2, ["REJECT:yield"] = -2, ["REJECT:meet"] = -2,
        ["THREATEN"] = -3.5, ["THREATEN:restrict"] = -3, ["THREATEN:arrest"] = -3.5, ["THREATEN:relations"] = -3.5, ["THREATEN:expel"] = -3.5, ["THREATEN:territory"] = -4, ["THREATEN:violence"] = -3.5,
        ["PROTEST"] = -5, ["PROTEST:demo"] = -5, ["PROTEST:riot"] = -7, ["PROTEST:strike"] = -5, ["PROTEST:hunger"] = -4.5, ["PROTEST:boycott"] = -4.5, ["PROTEST:obstruct"] = -4.5,
        ["SANCTION"] = -6, ["SANCTION:convict"] = -6, ["SANCTION:expel"] = -5.5, ["SANCTION:withdraw"] = -6, ["SANCTION:discontinue"] = -6,
        ["MOBILIZE"] = -5.5, ["MOBILIZE:troops"] = -6.5, ["MOBILIZE:weapons"] = -6.5, ["MOBILIZE:police"] = -5.5, ["MOBILIZE:militia"] = -6,
        ["COERCE"] = -7, ["COERCE:seize"] = -7, ["COERCE:restrict"] = -7, ["COERCE:censor"] = -6.5, ["COERCE:curfew"] = -6.5, ["COERCE:martial-law"] = -7.5,
        ["COERCE:arrest"] = -7, ["COERCE:deport"] = -7, ["COERCE:withhold"] = -7, ["COERCE:misinformation"] = -6.5, ["COERCE:cyber"] = -7,
        ["ASSAULT"] = -9, ["ASSAULT:abduct"] = -8.5, ["ASSAULT:beat"] = -7.5, ["ASSAULT:torture"] = -8.5, ["ASSAULT:sexual"] = -8.5, ["ASSAULT:targeted"] = -9.5,
        ["ASSAULT:destroy"] = -8.5, ["ASSAULT:primitive"] = -8, ["ASSAULT:firearms"] = -9, ["ASSAULT:explosives"] = -9, ["ASSAULT:suicide-attack"] = -9.5,
        ["ASSAULT:aerial"] = -9.5, ["ASSAULT:drone"] = -9.5, ["ASSAULT:heavy-weapons"] = -9.5, ["ASSAULT:crowd-control"] = -7.5, ["ASSAULT:unconventional"] = -10,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The name PLOVER gives a category: <c>AGREE</c>, <c>SANCTION</c>.</summary>
    /// <param name="category">The category.</param>
    /// <returns>The category's name in capitals.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The category is not defined.</exception>
    public static string NameOf(PloverCategory category) => Enum.IsDefined(category)
        ? category.ToString().ToUpperInvariant()
        : throw new ArgumentOutOfRangeException(nameof(category), category, "Not a PLOVER category.");

    /// <summary>
    /// The quad code: 1 verbal cooperation (AGREE, CONSULT, SUPPORT, CONCEDE), 2 material cooperation (COOPERATE, AID,
    /// RETREAT), 3 verbal conflict (REQUEST, ACCUSE, REJECT, THREATEN), 4 material conflict (PROTEST, SANCTION,
    /// MOBILIZE, COERCE, ASSAULT).
    /// </summary>
    /// <param name="category">The category.</param>
    /// <returns>1, 2, 3 or 4.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The category is not defined.</exception>
    public static int QuadCode(PloverCategory category) => category switch
    {
        PloverCategory.Agree or PloverCategory.Consult or PloverCategory.Support or PloverCategory.Concede => 1,
        PloverCategory.Cooperate or PloverCategory.Aid or PloverCategory.Retreat => 2,
        PloverCategory.Request or PloverCategory.Accuse or PloverCategory.Reject or PloverCategory.Threaten => 3,
        PloverCategory.Protest or PloverCategory.Sanction or PloverCategory.Mobilize or PloverCategory.Coerce or PloverCategory.Assault => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Not a PLOVER category."),
    };

    /// <summary>The manual's score, from −10 (most conflictual) to +10 (most cooperative), for a category and mode.</summary>
    /// <param name="category">The category.</param>
    /// <param name="mode">The mode, or <see langword="null"/> for the category's own score.</param>
    /// <returns>The score.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The category is not defined, or the mode is not one the manual gives it.</exception>
    public static double EventScale(PloverCategory category, string? mode)
    {
        var name = NameOf(category);
        return Scores.TryGetValue(mode is null ? name : $"{name}:{mode}", out var score)
            ? score
            : throw new ArgumentOutOfRangeException(nameof(mode), mode, $"The PLOVER manual gives {name} no mode '{mode}'.");
    }
}
