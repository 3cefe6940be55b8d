using Negotiation.Domain.Collections;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Errors;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Validation;

namespace Negotiation.Domain.Bargaining;

/// <summary>
/// The rules a bargaining domain keeps beyond each record's own: checked with the rest of a document, and by
/// <see cref="BargainingAnalysis"/> on a domain made in code, which it cannot analyse otherwise.
/// </summary>
internal static class BargainingRules
{
    /// <summary>
    /// A bargaining domain: each document issue once, each option label once in its issue, each party's preferences
    /// once, naming the issues in the domain's order with a value per option and a weight above zero somewhere, a
    /// reservation given one way, and every outcome complete. Its references (issues, parties, agreements, what
    /// options stand for) are walked with the others.
    /// </summary>
    public static void Check(BargainingDomain domain, ErrorList errors)
    {
        var path = ValidationPath.OfMember("bargaining");
        var issues = domain.Issues;
        var seenIssues = new HashSet<IssueId>();
        var labels = new HashSet<string>(StringComparer.Ordinal); // one set, cleared for each issue
        // Paths are made only for an error: a valid domain, the usual case, is checked without building one.
        for (var k = 0; k < issues.Count; k++)
        {
            if (!seenIssues.Add(issues[k].Issue) && errors.ShouldList(path))
            {
                errors.Add(new(ErrorCodes.DuplicateId, path.Dot("issues").At(k).Dot("issue").ToString(), $"issue '{issues[k].Issue}' is already a negotiable issue of the domain"));
            }

            labels.Clear();
            for (var o = 0; o < issues[k].Options.Count; o++)
            {
                if (!labels.Add(issues[k].Options[o].Label) && errors.ShouldList(path))
                {
                    errors.Add(new(ErrorCodes.DuplicateId, path.Dot("issues").At(k).Dot("options").At(o).Dot("label").ToString(), $"issue '{issues[k].Issue}' already has an option labelled {QuotedInput.Quote(issues[k].Options[o].Label)}"));
                }
            }
        }

        var parties = new HashSet<PartyId>();
        for (var p = 0; p < domain.Preferences.Count; p++)
        {
            var preferences = domain.Preferences[p];
            ValidationPath At() => path.Dot("preferences").At(p);
            if (!parties.Add(preferences.Party) && errors.ShouldList(path))
            {
                errors.Add(new(ErrorCodes.DuplicateId, At().Dot("party").ToString(), $"party '{preferences.Party}' already has preferences in the domain"));
            }

            if (AllWeightsZero(preferences) && errors.ShouldList(path))
            {
                errors.Add(new(ErrorCodes.ZeroWeights, At().Dot("issues").ToString(), $"the preferences of '{preferences.Party}' weigh every issue zero: give some issue a weight above zero"));
            }

            if (preferences.Issues.Count != issues.Count && errors.ShouldList(path))
            {
                errors.Add(new(ErrorCodes.PreferenceIssueOrder, At().Dot("issues").ToString(), $"the preferences of '{preferences.Party}' name {preferences.Issues.Count} issues; the domain has {issues.Count}: one per issue, in the domain's order"));
            }

            for (var k = 0; k < Math.Min(preferences.Issues.Count, issues.Count); k++)
            {
                var preference = preferences.Issues[k];
                ValidationPath IssueAt() => At().Dot("issues").At(k);
                if (preference.Issue != issues[k].Issue)
                {
                    if (errors.ShouldList(path))
                    {
                        errors.Add(new(ErrorCodes.PreferenceIssueOrder, IssueAt().Dot("issue").ToString(), $"issue {k} of the domain is '{issues[k].Issue}', not '{preference.Issue}': preferences name the issues in the domain's order"));
                    }

                    continue; // its values belong to another issue: counting them against this one says nothing more
                }

                if (preference.Values.Count != issues[k].Options.Count && errors.ShouldList(path))
                {
                    errors.Add(new(ErrorCodes.OptionValueCount, IssueAt().Dot("values").ToString(), $"'{preferences.Party}' gives {preference.Values.Count} values for issue '{preference.Issue}', which has {issues[k].Options.Count} options: one value per option, in order"));
                }
            }

            if (preferences.ReservationValue is not null && !preferences.ReservationOutcome.IsEmpty && errors.ShouldList(path))
            {
                errors.Add(new(ErrorCodes.ConflictingReservation, At().Dot("reservationOutcome").ToString(), $"the reservation of '{preferences.Party}' is given both as a value and as an outcome: give one"));
            }

            if (!preferences.ReservationOutcome.IsEmpty)
            {
                CheckOutcome(domain, preferences.ReservationOutcome, At().Dot("reservationOutcome"), path, errors);
            }
        }

        var agreements = new HashSet<AgreementId>();
        for (var i = 0; i < domain.Outcomes.Count; i++)
        {
            var outcome = domain.Outcomes[i];
            var at = path.Dot("outcomes").At(i);
            if (!agreements.Add(outcome.Agreement) && errors.ShouldList(path))
            {
                errors.Add(new(ErrorCodes.DuplicateId, at.Dot("agreement").ToString(), $"agreement '{outcome.Agreement}' already has an outcome in the domain"));
            }

            CheckOutcome(domain, outcome.Options, at.Dot("options"), path, errors);
        }
    }

    /// <summary>An outcome names one option of each issue, in order, by a label the issue has.</summary>
    private static bool AllWeightsZero(PartyPreferences preferences)
    {
        foreach (var issue in preferences.Issues)
        {
            if (issue.Weight != 0)
            {
                return false;
            }
        }

        return true;
    }

    private static void CheckOutcome(BargainingDomain domain, EquatableArray<string> labels, ValidationPath at, ValidationPath record, ErrorList errors)
    {
        if (labels.Count != domain.Issues.Count)
        {
            if (errors.ShouldList(record))
            {
                errors.Add(new(ErrorCodes.IncompleteOutcome, at.ToString(), $"the outcome names {labels.Count} options; the domain has {domain.Issues.Count} issues: one option per issue, in order"));
            }

            return;
        }

        for (var k = 0; k < labels.Count; k++)
        {
            if (domain.Issues[k].IndexOf(labels[k]) < 0 && errors.ShouldList(record))
            {
                errors.Add(new(ErrorCodes.IncompleteOutcome, at.At(k).ToString(), $"issue '{domain.Issues[k].Issue}' has no option labelled {QuotedInput.Quote(labels[k])}"));
            }
        }
    }

}
