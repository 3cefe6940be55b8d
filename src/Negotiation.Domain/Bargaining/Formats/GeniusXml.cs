using Negotiation.Domain.Identifiers;
using OneOf;

namespace Negotiation.Domain.Bargaining.Formats;

/// <summary>
/// Reads and writes the XML files of GENIUS (TU Delft's negotiation environment): a domain file
/// (<c>negotiation_template</c>: the issues and their items) and one profile per party (<c>utility_space</c>: an
/// evaluation per item, a weight per issue, a reservation value and a discount factor).
/// </summary>
/// <remarks>
/// <para><b>Reading.</b> Issues become negotiable issues in file order, their ids made from their names (lower-case
/// ASCII letters and digits joined by hyphens, accents dropped, <c>-2</c>, <c>-3</c>, … after a name whose id is
/// taken), their options the items' values in order. An integer issue (<c>type="integer" lowerbound upperbound</c>)
/// becomes one option per integer, labelled by it (at most <see cref="GeniusImportOptions.MaxOptionsPerIssue"/>); a
/// real-valued issue is refused. Profiles match issues by name and items by value, read only direct <c>item</c>
/// children, and may list their children in any order. An item's value is its evaluation divided by the largest
/// evaluation of its issue (0 for every item when that is below 10⁻⁵), as GENIUS computes it; with
/// <see cref="GeniusImportOptions.RawEvaluations"/>, the evaluation as written (NegMAS's reading), which must then be
/// in [0, 1]. An integer issue's value is its linear evaluator's <c>offset + slope × (x − lowerbound)</c>, which must
/// be in [0, 1] (GENIUS clamps; this refuses). Weights are kept as written, not normalised. A <c>reservation</c> is the
/// party's reservation value; a <c>discount_factor</c> its discount, 0 meaning none, as in GENIUS.</para>
/// <para><b>Safety.</b> A file with a document type declaration is refused (<c>dtd-not-allowed</c>) before any entity
/// could be declared or expanded, no resolver is used, and each file is read to at most
/// <see cref="GeniusImportOptions.MaxBytes"/> bytes and <see cref="GeniusImportOptions.MaxDepth"/> levels. Every
/// problem of a file is a <see cref="BargainingImportError"/> with its element path; nothing is thrown for a bad file.</para>
/// <para><b>Writing, and the round trip.</b> Every issue is written as a discrete issue named by its id, with one item
/// per option, and every value as its evaluation. Reading those files back with
/// <see cref="GeniusImportOptions.RawEvaluations"/> gives back the same domain, except what GENIUS cannot hold: notes,
/// attributions, what options stand for, agreements' outcomes, and a reservation given as an outcome, which is written
/// as its utility (a reservation value). With the default reading the values come back the same only where each
/// issue's largest value, for each party, is 1 or 0 (the division by the largest changes the others).</para>
/// </remarks>
public static class GeniusXml
{
    /// <summary>Reads a GENIUS domain file and the profiles of the parties.</summary>
    /// <param name="domain">The domain file (<c>negotiation_template</c>), read from its current position; not closed.</param>
    /// <param name="profiles">Each party's profile (<c>utility_space</c>), in the order the domain lists the parties; none for a domain without preferences.</param>
    /// <param name="options">Limits and the evaluation convention; the defaults when <see langword="null"/>.</param>
    /// <returns>The bargaining domain, with the parties' preferences; or the first problem found, with its file and element path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="domain"/>, <paramref name="profiles"/> or a profile's stream is null.</exception>
    /// <exception cref="ArgumentException">A profile's party is <c>default</c>, or two profiles are of the same party.</exception>
    public static OneOf<BargainingDomain, BargainingImportError> Import(Stream domain, IReadOnlyList<(PartyId Party, Stream Profile)> profiles, GeniusImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(domain);
        ProfileArguments.Check(profiles, atLeastOne: false);
        options ??= new GeniusImportOptions();
        PartyId? file = null;
        try
        {
            var issues = GeniusXmlReader.ReadDomain(SafeXml.Parse(domain, options), options);
            var preferences = new List<PartyPreferences>(profiles.Count);
            foreach (var (party, profile) in profiles)
            {
                file = party;
                preferences.Add(GeniusXmlReader.ReadProfile(party, SafeXml.Parse(profile, options), issues, options));
            }

            return new BargainingDomain(
                [.. issues.Select(issue => new NegotiableIssue(issue.Id, [.. issue.Labels.Select(label => new BargainingOption(label))]))],
                [.. preferences]);
        }
        catch (ImportException problem)
        {
            return new BargainingImportError(problem.Code, problem.Path, problem.Message, file);
        }
    }

    /// <summary>Writes the domain as a GENIUS domain file: its issues, each discrete, named by its id, with one item per option.</summary>
    /// <param name="domain">The domain; it keeps the bargaining rules (as <see cref="BargainingAnalysis.Analyse"/> checks them).</param>
    /// <param name="output">Where to write UTF-8 XML; not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="domain"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="domain"/> breaks a bargaining rule (a preference that does not fit the issues, a repeated label, …).</exception>
    public static void ExportDomain(BargainingDomain domain, Stream output)
    {
        ExportChecks.Domain(domain);
        ArgumentNullException.ThrowIfNull(output);
        GeniusXmlWriter.WriteDomain(domain, output);
    }

    /// <summary>
    /// Writes one party's preferences as a GENIUS profile: each value as its item's evaluation, each weight, the
    /// reservation value (or the utility of the reservation outcome) and the discount factor.
    /// </summary>
    /// <param name="domain">The domain; it keeps the bargaining rules.</param>
    /// <param name="party">The party, which has preferences in the domain.</param>
    /// <param name="output">Where to write UTF-8 XML; not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="domain"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="domain"/> breaks a bargaining rule, or <paramref name="party"/> has no preferences in it.</exception>
    public static void ExportProfile(BargainingDomain domain, PartyId party, Stream output)
    {
        ExportChecks.Domain(domain);
        var preferences = ExportChecks.Preferences(domain, party);
        ArgumentNullException.ThrowIfNull(output);
        GeniusXmlWriter.WriteProfile(domain, preferences, output);
    }
}
