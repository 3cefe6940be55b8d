using Negotiation.Domain.Identifiers;
using OneOf;

namespace Negotiation.Domain.Bargaining.Formats;

/// <summary>
/// Reads and writes the JSON profiles of GeniusWeb (TU Delft's web negotiation platform): one
/// <c>LinearAdditiveUtilitySpace</c> per party, each holding the domain (<c>issuesValues</c>), a utility per value
/// (<c>issueUtilities</c>), a weight per issue (<c>issueWeights</c>) and a reservation bid.
/// </summary>
/// <remarks>
/// <para><b>Reading.</b> Every number is read as a decimal, exactly as written. The domain is the first profile's:
/// issues in file order, their ids made from their names as <see cref="GeniusXml"/> makes them, their options the
/// <c>values</c> in order, or a <c>range</c>'s numbers <c>low</c>, <c>low + step</c>, … up to <c>high</c> (at most
/// <see cref="GeniusImportOptions.MaxOptionsPerIssue"/>), labelled as decimals (<c>1.5</c>, <c>2</c>). Every other
/// profile must hold the same issues with the same values (their order may differ). Utilities are
/// <c>DiscreteValueSetUtilities</c> (also spelt <c>discreteutils</c>), one per value, or
/// <c>NumberValueSetUtilities</c> (<c>numberutils</c>) over the whole range, interpolated and rounded to 8 decimal
/// places as GeniusWeb does; each in [0, 1]. Weights are kept as written, in [0, 1 000]. A <c>reservationBid</c>
/// becomes the party's reservation outcome; a partial one is refused. Other members of the utility space (its
/// <c>name</c>, …) are not read.</para>
/// <para><b>Safety.</b> Each file is read to at most <see cref="GeniusImportOptions.MaxBytes"/> bytes and
/// <see cref="GeniusImportOptions.MaxDepth"/> levels of nesting, checked token by token before it is parsed. Every
/// problem is a <see cref="BargainingImportError"/> with its JSON path; nothing is thrown for a bad file.</para>
/// <para><b>Writing, and the round trip.</b> Every issue is written with its id as its name and its option labels as
/// discrete values. Reading the profiles back gives back the same domain, except what a GeniusWeb profile cannot hold:
/// notes, attributions, what options stand for, agreements' outcomes, a reservation value and a discount factor (only a
/// reservation outcome is written, as the <c>reservationBid</c>).</para>
/// </remarks>
public static class GeniusWebJson
{
    /// <summary>Reads the GeniusWeb profiles of the parties, which hold the domain.</summary>
    /// <param name="profiles">Each party's profile, in the order the domain lists the parties; one at least. Each is read from its current position and not closed.</param>
    /// <param name="options">Limits; the defaults when <see langword="null"/>. <see cref="GeniusImportOptions.RawEvaluations"/> does not apply.</param>
    /// <returns>The bargaining domain, with the parties' preferences; or the first problem found, with its party and JSON path.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profiles"/> or a profile's stream is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="profiles"/> is empty, a profile's party is <c>default</c>, or two profiles are of the same party.</exception>
    public static OneOf<BargainingDomain, BargainingImportError> Import(IReadOnlyList<(PartyId Party, Stream Profile)> profiles, GeniusImportOptions? options = null)
    {
        ProfileArguments.Check(profiles, atLeastOne: true);
        options ??= new GeniusImportOptions();
        PartyId? file = null;
        try
        {
            var read = new List<(PartyId, GeniusWebProfile)>(profiles.Count);
            foreach (var (party, profile) in profiles)
            {
                file = party;
                using var json = SafeJson.Parse(profile, options);
                read.Add((party, GeniusWebReader.Read(json.RootElement, options)));
            }

            return GeniusWebReader.Combine(read, party => file = party);
        }
        catch (ImportException problem)
        {
            return new BargainingImportError(problem.Code, problem.Path, problem.Message, file);
        }
    }

    /// <summary>
    /// Writes one party's preferences as a GeniusWeb <c>LinearAdditiveUtilitySpace</c>: the domain (each issue named by
    /// its id, its option labels as values), each value's utility, each weight, and the reservation outcome as the
    /// reservation bid.
    /// </summary>
    /// <param name="domain">The domain; it keeps the bargaining rules (as <see cref="BargainingAnalysis.Analyse"/> checks them).</param>
    /// <param name="party">The party, which has preferences in the domain.</param>
    /// <param name="output">Where to write UTF-8 JSON; not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="domain"/> or <paramref name="output"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="domain"/> breaks a bargaining rule, or <paramref name="party"/> has no preferences in it.</exception>
    public static void Export(BargainingDomain domain, PartyId party, Stream output)
    {
        ExportChecks.Domain(domain);
        var preferences = ExportChecks.Preferences(domain, party);
        ArgumentNullException.ThrowIfNull(output);
        GeniusWebWriter.Write(domain, preferences, output);
    }
}
