using System.Text.Json;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;

namespace Negotiation.Domain.Bargaining.Formats;

/// <summary>
/// Reads GeniusWeb <c>LinearAdditiveUtilitySpace</c> profiles into a <see cref="BargainingDomain"/>, following the
/// conventions of <see cref="GeniusWebJson"/>. Every problem is an <see cref="ImportException"/> with its JSON path.
/// </summary>
internal static class GeniusWebReader
{
    private const string Space = "LinearAdditiveUtilitySpace";

    /// <summary>GeniusWeb rounds a number issue's interpolated utility to 8 decimal places, half up.</summary>
    private const int NumberUtilityDecimals = 8;

    /// <summary>One profile: its domain, values, weights and reservation bid, checked against each other.</summary>
    public static GeniusWebProfile Read(JsonElement root, GeniusImportOptions options)
    {
        var top = JsonMembers.Of(root, "$", "a GeniusWeb profile");
        if (top.Optional(Space) is not { } found)
        {
            throw top.All.Count == 0
                ? new ImportException(ErrorCodes.MissingProperty, top.Path, $"a GeniusWeb profile is {{\"{Space}\": {{…}}}}; this object is empty")
                : new ImportException(ErrorCodes.UnsupportedFeature, top.All[0].Path, $"only {Space} profiles are read; this is {ImportText.Quote(top.All[0].Name)}");
        }

        var space = JsonMembers.Of(found.Value, found.Path, "the utility space");
        var domain = JsonMembers.Of(space.Required("domain", "the profile's domain").Value, space.Required("domain", string.Empty).Path, "the domain");
        var issuesValues = Object(domain, "issuesValues", "the issues and their values");
        var issues = Issues(issuesValues, options);
        var byName = issues.ToDictionary(i => i.Name, StringComparer.Ordinal);

        var utilities = Object(space, "issueUtilities", "each issue's utilities");
        var values = new Dictionary<string, Dictionary<string, decimal>>(StringComparer.Ordinal);
        foreach (var (name, value, path) in utilities.All)
        {
            var issue = Issue(byName, name, path);
            values[name] = Utilities(issue, value, path);
        }

        var weights = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var weighted = Object(space, "issueWeights", "each issue's weight");
        foreach (var (name, value, path) in weighted.All)
        {
            Issue(byName, name, path);
            weights[name] = ImportText.InRange(JsonMembers.Decimal(value, path, "a weight"), 0, BargainingGuards.MaxWeight, path, "the weight");
        }

        foreach (var issue in issues)
        {
            if (!values.ContainsKey(issue.Name))
            {
                throw new ImportException(ErrorCodes.IncompleteProfile, utilities.Path, $"the profile gives no utilities for issue {ImportText.Quote(issue.Name)}");
            }

            if (!weights.ContainsKey(issue.Name))
            {
                throw new ImportException(ErrorCodes.IncompleteProfile, weighted.Path, $"the profile gives no weight for issue {ImportText.Quote(issue.Name)}");
            }
        }

        if (weights.Values.All(w => w == 0))
        {
            throw new ImportException(ErrorCodes.ZeroWeights, weighted.Path, "the profile weighs every issue zero: every outcome would be worth nothing to the party");
        }

        return new GeniusWebProfile(issuesValues.Path, issues, values, weights, Reservation(space, issues, byName));
    }

    /// <summary>Puts the profiles together: the first one's domain, which every other must have too.</summary>
    public static BargainingDomain Combine(IReadOnlyList<(PartyId Party, GeniusWebProfile Profile)> profiles, Action<PartyId> blame)
    {
        var first = profiles[0].Profile.Issues;
        var ids = IssueSlugs.Make([.. first.Select(i => i.Name)]);
        for (var p = 1; p < profiles.Count; p++)
        {
            blame(profiles[p].Party);
            var other = profiles[p].Profile.Issues.ToDictionary(i => i.Name, StringComparer.Ordinal);
            foreach (var (name, labels, _, _) in first)
            {
                if (!other.TryGetValue(name, out var issue))
                {
                    throw new ImportException(ErrorCodes.ProfileMismatch, profiles[p].Profile.IssuesPath, $"the domain of '{profiles[0].Party}' has issue {ImportText.Quote(name)}, and this one does not");
                }

                if (issue.Labels.Length != labels.Length || !issue.Labels.Order(StringComparer.Ordinal).SequenceEqual(labels.Order(StringComparer.Ordinal), StringComparer.Ordinal))
                {
                    throw new ImportException(ErrorCodes.ProfileMismatch, issue.Path, $"issue {ImportText.Quote(name)} has other values here than in the domain of '{profiles[0].Party}'");
                }
            }

            if (other.Count != first.Count)
            {
                var extra = profiles[p].Profile.Issues.First(i => !first.Any(f => f.Name == i.Name));
                throw new ImportException(ErrorCodes.ProfileMismatch, extra.Path, $"the domain of '{profiles[0].Party}' has no issue {ImportText.Quote(extra.Name)}");
            }
        }

        var preferences = profiles.Select(entry =>
        {
            var profile = entry.Profile;
            var issues = first.Select((issue, k) => new IssuePreference(ids[k], profile.Weights[issue.Name], [.. issue.Labels.Select(label => profile.Values[issue.Name][label])]));
            var preference = new PartyPreferences(entry.Party, [.. issues]);
            return profile.Reservation is { } bid ? preference with { ReservationOutcome = [.. first.Select(issue => bid[issue.Name])] } : preference;
        });

        return new BargainingDomain(
            [.. first.Select((issue, k) => new NegotiableIssue(ids[k], [.. issue.Labels.Select(label => new BargainingOption(label))]))],
            [.. preferences]);
    }

    /// <summary>The domain's issues, in file order: each with <c>values</c> (strings) or a <c>range</c> (<c>low</c>, <c>high</c>, <c>step</c>).</summary>
    private static List<GeniusWebIssue> Issues(JsonMembers issuesValues, GeniusImportOptions options)
    {
        if (issuesValues.All.Count == 0)
        {
            throw new ImportException(ErrorCodes.MissingProperty, issuesValues.Path, "the domain has no issue: it has at least one");
        }

        var issues = new List<GeniusWebIssue>(issuesValues.All.Count);
        foreach (var (name, value, path) in issuesValues.All)
        {
            ImportText.Name(name, path, "an issue's name");
            var set = JsonMembers.Of(value, path, "an issue's values");
            var values = set.Optional("values");
            var range = set.Optional("range");
            if (values is not null && range is not null)
            {
                throw new ImportException(ErrorCodes.InvalidValue, range.Value.Path, "an issue has values or a range, not both");
            }

            if (values is { } list)
            {
                issues.Add(new GeniusWebIssue(name, Values(list.Value, list.Path, options), null, path));
            }
            else if (range is { } numbers)
            {
                var expanded = Range(numbers.Value, numbers.Path, options);
                issues.Add(new GeniusWebIssue(name, [.. expanded.Select(ImportText.Format)], expanded, path));
            }
            else
            {
                throw new ImportException(ErrorCodes.MissingProperty, path, "an issue has 'values' (a list) or a 'range' (low, high, step)");
            }
        }

        return issues;
    }

    private static string[] Values(JsonElement list, string path, GeniusImportOptions options)
    {
        if (list.ValueKind != JsonValueKind.Array)
        {
            throw new ImportException(ErrorCodes.WrongType, path, $"an issue's values must be an array, not {JsonMembers.Kind(list)}");
        }

        var count = list.GetArrayLength();
        if (count == 0)
        {
            throw new ImportException(ErrorCodes.MissingProperty, path, "the issue has no value: an issue has at least one option");
        }

        if (count > options.MaxOptionsPerIssue)
        {
            throw new ImportException(ErrorCodes.TooManyOptions, path, $"the issue has {count} values; at most {options.MaxOptionsPerIssue} are read (GeniusImportOptions.MaxOptionsPerIssue)");
        }

        var labels = new string[count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var item in list.EnumerateArray())
        {
            var at = Serialization.Reading.JsonPath.Item(path, i);
            labels[i] = ImportText.Name(JsonMembers.String(item, at, "a value"), at, "an option's label");
            if (!seen.Add(labels[i]))
            {
                throw new ImportException(ErrorCodes.DuplicateName, at, $"the issue already has the value {ImportText.Quote(labels[i])}");
            }

            i++;
        }

        return labels;
    }

    /// <summary>A number range's values: <c>low</c>, <c>low + step</c>, … up to <c>high</c>.</summary>
    private static decimal[] Range(JsonElement element, string path, GeniusImportOptions options)
    {
        var range = JsonMembers.Of(element, path, "a range");
        var (lowValue, lowPath) = range.Required("low", "a range's lowest value");
        var (highValue, highPath) = range.Required("high", "a range's highest value");
        var (stepValue, stepPath) = range.Required("step", "a range's step");
        var low = JsonMembers.Decimal(lowValue, lowPath, "low");
        var high = JsonMembers.Decimal(highValue, highPath, "high");
        var step = JsonMembers.Decimal(stepValue, stepPath, "step");
        if (step <= 0)
        {
            throw new ImportException(ErrorCodes.InvalidRange, stepPath, $"the step is {ImportText.Format(step)}; a range's step is above 0");
        }

        if (high < low)
        {
            throw new ImportException(ErrorCodes.InvalidRange, highPath, $"high ({ImportText.Format(high)}) is below low ({ImportText.Format(low)})");
        }

        decimal count;
        try
        {
            count = decimal.Floor((high - low) / step) + 1;
        }
        catch (OverflowException)
        {
            count = decimal.MaxValue;
        }

        if (count > options.MaxOptionsPerIssue)
        {
            throw new ImportException(ErrorCodes.TooManyOptions, path, $"the range from {ImportText.Format(low)} to {ImportText.Format(high)} by {ImportText.Format(step)} has {(count == decimal.MaxValue ? "too many" : ImportText.Format(count))} values; at most {options.MaxOptionsPerIssue} are read (GeniusImportOptions.MaxOptionsPerIssue)");
        }

        return [.. Enumerable.Range(0, (int)count).Select(i => AmountGuards.Canonical(low + (step * i)))];
    }

    /// <summary>One issue's utility per option label, from its <c>DiscreteValueSetUtilities</c> or <c>NumberValueSetUtilities</c>.</summary>
    private static Dictionary<string, decimal> Utilities(GeniusWebIssue issue, JsonElement element, string path)
    {
        var wrapper = JsonMembers.Of(element, path, "an issue's utilities");
        if (wrapper.All.Count != 1)
        {
            throw new ImportException(wrapper.All.Count == 0 ? ErrorCodes.MissingProperty : ErrorCodes.UnsupportedFeature, path, "an issue's utilities are one DiscreteValueSetUtilities or one NumberValueSetUtilities");
        }

        var (kind, value, at) = wrapper.All[0];
        return kind switch
        {
            "DiscreteValueSetUtilities" or "discreteutils" => Discrete(issue, value, at),
            "NumberValueSetUtilities" or "numberutils" => Number(issue, value, at),
            _ => throw new ImportException(ErrorCodes.UnsupportedFeature, at, $"the utilities {ImportText.Quote(kind)} are not supported: DiscreteValueSetUtilities or NumberValueSetUtilities"),
        };
    }

    private static Dictionary<string, decimal> Discrete(GeniusWebIssue issue, JsonElement element, string path)
    {
        if (issue.Numbers is not null)
        {
            throw new ImportException(ErrorCodes.ProfileMismatch, path, $"issue {ImportText.Quote(issue.Name)} is a number range: its utilities are NumberValueSetUtilities");
        }

        var table = JsonMembers.Of(element, path, "discrete utilities");
        var (utilities, utilitiesPath) = table.Required("valueUtilities", "the utility of each value");
        var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var members = JsonMembers.Of(utilities, utilitiesPath, "the utility of each value");
        foreach (var (label, value, at) in members.All)
        {
            if (issue.IndexOf(label) < 0)
            {
                throw new ImportException(ErrorCodes.UnknownOption, at, $"issue {ImportText.Quote(issue.Name)} has no value {ImportText.Quote(label)}");
            }

            values[label] = ImportText.InRange(JsonMembers.Decimal(value, at, "a utility"), 0, 1, at, "the utility");
        }

        foreach (var label in issue.Labels)
        {
            if (!values.ContainsKey(label))
            {
                throw new ImportException(ErrorCodes.IncompleteProfile, members.Path, $"the profile gives no utility for value {ImportText.Quote(label)} of issue {ImportText.Quote(issue.Name)}");
            }
        }

        return values;
    }

    /// <summary>
    /// A number range's utilities: <c>lowUtility</c> at <c>lowValue</c> to <c>highUtility</c> at <c>highValue</c>,
    /// interpolated linearly and rounded to 8 decimal places as GeniusWeb does; the low and high values are the range's.
    /// </summary>
    private static Dictionary<string, decimal> Number(GeniusWebIssue issue, JsonElement element, string path)
    {
        if (issue.Numbers is not { } numbers)
        {
            throw new ImportException(ErrorCodes.ProfileMismatch, path, $"issue {ImportText.Quote(issue.Name)} has discrete values: its utilities are DiscreteValueSetUtilities");
        }

        var members = JsonMembers.Of(element, path, "number utilities");
        decimal Read(string name, string what)
        {
            var (value, at) = members.Required(name, what);
            return JsonMembers.Decimal(value, at, name);
        }

        var lowValue = Read("lowValue", "the lowest value");
        var highValue = Read("highValue", "the highest value");
        var lowUtility = ImportText.InRange(Read("lowUtility", "the lowest value's utility"), 0, 1, members.Required("lowUtility", string.Empty).Path, "lowUtility");
        var highUtility = ImportText.InRange(Read("highUtility", "the highest value's utility"), 0, 1, members.Required("highUtility", string.Empty).Path, "highUtility");
        if (highValue <= lowValue)
        {
            throw new ImportException(ErrorCodes.InvalidRange, members.Required("highValue", string.Empty).Path, $"highValue ({ImportText.Format(highValue)}) must be above lowValue ({ImportText.Format(lowValue)})");
        }

        if (lowValue != numbers[0] || highValue != numbers[^1])
        {
            throw new ImportException(ErrorCodes.ProfileMismatch, path, $"the utilities run from {ImportText.Format(lowValue)} to {ImportText.Format(highValue)}, and issue {ImportText.Quote(issue.Name)} from {ImportText.Format(numbers[0])} to {ImportText.Format(numbers[^1])}");
        }

        var values = new Dictionary<string, decimal>(StringComparer.Ordinal);
        for (var i = 0; i < numbers.Length; i++)
        {
            var exact = lowUtility + ((highUtility - lowUtility) * (numbers[i] - lowValue) / (highValue - lowValue));
            values[issue.Labels[i]] = AmountGuards.Canonical(decimal.Round(exact, NumberUtilityDecimals, MidpointRounding.AwayFromZero));
        }

        return values;
    }

    /// <summary>The reservation bid, one label per issue, or <see langword="null"/> when it is absent or null.</summary>
    private static Dictionary<string, string>? Reservation(JsonMembers space, List<GeniusWebIssue> issues, Dictionary<string, GeniusWebIssue> byName)
    {
        if (space.Optional("reservationBid") is not { } found || found.Value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var bid = JsonMembers.Of(found.Value, found.Path, "the reservation bid");
        var values = JsonMembers.Of(bid.Required("issuevalues", "the bid's value of each issue").Value, bid.Required("issuevalues", string.Empty).Path, "the bid's values");
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value, at) in values.All)
        {
            var issue = Issue(byName, name, at);
            var label = issue.Numbers is null
                ? JsonMembers.String(value, at, "the value of a discrete issue")
                : ImportText.Format(JsonMembers.Decimal(value, at, "the value of a number issue"));
            if (issue.IndexOf(label) < 0)
            {
                throw new ImportException(ErrorCodes.UnknownOption, at, $"issue {ImportText.Quote(name)} has no value {ImportText.Quote(label)}");
            }

            labels[name] = label;
        }

        foreach (var issue in issues)
        {
            if (!labels.ContainsKey(issue.Name))
            {
                throw new ImportException(ErrorCodes.IncompleteProfile, values.Path, $"the reservation bid gives no value for issue {ImportText.Quote(issue.Name)}: a partial bid is not read");
            }
        }

        return labels;
    }

    private static JsonMembers Object(JsonMembers parent, string name, string what)
    {
        var (value, path) = parent.Required(name, what);
        return JsonMembers.Of(value, path, what);
    }

    private static GeniusWebIssue Issue(Dictionary<string, GeniusWebIssue> byName, string name, string path)
        => byName.TryGetValue(name, out var issue) ? issue : throw new ImportException(ErrorCodes.UnknownIssue, path, $"the domain has no issue {ImportText.Quote(name)}");
}
