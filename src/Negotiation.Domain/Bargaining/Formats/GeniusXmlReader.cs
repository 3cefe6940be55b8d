using System.Globalization;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;

namespace Negotiation.Domain.Bargaining.Formats;

/// <summary>
/// Reads a GENIUS domain file and its profiles into a <see cref="BargainingDomain"/>, following the conventions of
/// <see cref="GeniusXml"/>. Every problem is an <see cref="ImportException"/> with the element path.
/// </summary>
internal static class GeniusXmlReader
{
    /// <summary>GENIUS counts an issue whose largest evaluation is below this as worth nothing (every value 0).</summary>
    private const decimal SmallestMaximum = 0.00001m;

    /// <summary>The issues of a GENIUS domain file: <c>negotiation_template/utility_space/objective/issue</c>.</summary>
    public static GeniusIssue[] ReadDomain(XmlNode root, GeniusImportOptions options)
    {
        var space = root.Name switch
        {
            "negotiation_template" => root.Single("utility_space"),
            "utility_space" => root,
            _ => throw new ImportException(ErrorCodes.MissingProperty, root.Path, $"a GENIUS domain's root element is <negotiation_template> (or <utility_space>), not <{XmlNode.Escape(root.Name)}>"),
        };
        var objective = Objective(space);
        var issues = objective.Elements("issue").ToList();
        if (issues.Count == 0)
        {
            throw new ImportException(ErrorCodes.MissingProperty, objective.Path, "the objective has no <issue>: a domain has at least one");
        }

        var names = new Dictionary<string, XmlNode>(StringComparer.Ordinal);
        var read = new List<(string Name, string[] Labels, long? Lower, long? Upper)>(issues.Count);
        foreach (var issue in issues)
        {
            var name = ImportText.Name(issue.Required("name", "an issue is known by its name"), issue.PathOf("name"), "an issue's name");
            if (!names.TryAdd(name, issue))
            {
                throw new ImportException(ErrorCodes.DuplicateName, issue.PathOf("name"), $"the domain already has an issue named {ImportText.Quote(name)} ({names[name].Path}): profiles match issues by name");
            }

            read.Add(TypeOf(issue) switch
            {
                "integer" => Integer(issue, name, options),
                _ => (name, Items(issue, options), null, null),
            });
        }

        var ids = IssueSlugs.Make([.. read.Select(r => r.Name)]);
        return [.. read.Select((r, k) => new GeniusIssue(r.Name, ids[k], r.Labels, r.Lower, r.Upper))];
    }

    /// <summary>One party's preferences from its GENIUS profile: <c>utility_space</c> with its objective, weights, reservation and discount.</summary>
    public static PartyPreferences ReadProfile(PartyId party, XmlNode root, IReadOnlyList<GeniusIssue> domain, GeniusImportOptions options)
    {
        if (root.Name != "utility_space")
        {
            throw new ImportException(ErrorCodes.MissingProperty, root.Path, $"a GENIUS profile's root element is <utility_space>, not <{XmlNode.Escape(root.Name)}>");
        }

        var objective = Objective(root);
        var byName = domain.Select((issue, k) => (issue, k)).ToDictionary(p => p.issue.Name, p => p.k, StringComparer.Ordinal);
        var values = new decimal[domain.Count][];
        var seen = new XmlNode?[domain.Count];
        var byIndex = new Dictionary<long, int>();
        var indexes = new long[domain.Count];
        foreach (var issue in objective.Elements("issue"))
        {
            var name = issue.Required("name", "profiles match issues by name");
            if (!byName.TryGetValue(name, out var k))
            {
                throw new ImportException(ErrorCodes.UnknownIssue, issue.PathOf("name"), $"the domain has no issue named {ImportText.Quote(name)}");
            }

            if (seen[k] is { } earlier)
            {
                throw new ImportException(ErrorCodes.DuplicateName, issue.PathOf("name"), $"the profile already evaluates issue {ImportText.Quote(name)} ({earlier.Path})");
            }

            seen[k] = issue;
            var index = ImportText.Integer(issue.Required("index", "weights name issues by index"), issue.PathOf("index"), "an issue's index");
            indexes[k] = index;
            if (!byIndex.TryAdd(index, k))
            {
                throw new ImportException(ErrorCodes.DuplicateName, issue.PathOf("index"), $"another issue of the profile has index {index}: weights name issues by index");
            }

            var type = issue.Attribute("type") ?? issue.Attribute("etype");
            if (type is not null)
            {
                var kind = TypeOf(issue);
                if ((kind == "integer") != domain[k].IsInteger)
                {
                    throw new ImportException(ErrorCodes.ProfileMismatch, issue.PathOf(issue.Attribute("type") is null ? "etype" : "type"), $"issue {ImportText.Quote(name)} is {(domain[k].IsInteger ? "an integer issue" : "a discrete issue")} in the domain, and {ImportText.Quote(type)} in the profile");
                }
            }

            values[k] = domain[k].IsInteger ? Linear(issue, domain[k]) : Evaluations(issue, domain[k], options);
        }

        for (var k = 0; k < domain.Count; k++)
        {
            if (seen[k] is null)
            {
                throw new ImportException(ErrorCodes.IncompleteProfile, objective.Path, $"the profile does not evaluate issue {ImportText.Quote(domain[k].Name)} of the domain");
            }
        }

        var weights = Weights(objective, byIndex, domain.Count);
        for (var k = 0; k < domain.Count; k++)
        {
            if (weights[k] is null)
            {
                throw new ImportException(ErrorCodes.IncompleteProfile, seen[k]!.Path, $"issue {ImportText.Quote(domain[k].Name)} has no weight: the objective has no <weight index=\"{indexes[k]}\">");
            }
        }

        if (weights.All(w => w == 0))
        {
            throw new ImportException(ErrorCodes.ZeroWeights, objective.Path, "the profile weighs every issue zero: every outcome would be worth nothing to the party");
        }

        var preferences = new PartyPreferences(party, [.. domain.Select((issue, k) => new IssuePreference(issue.Id, weights[k]!.Value, [.. values[k]]))]);
        if (root.Optional("reservation") is { } reservation)
        {
            var value = ImportText.Decimal(reservation.Required("value", "the reservation value"), reservation.PathOf("value"), "the reservation value");
            preferences = preferences with { ReservationValue = ImportText.InRange(value, 0, BargainingGuards.MaxReservation, reservation.PathOf("value"), "the reservation value") };
        }

        if (root.Optional("discount_factor") is { } discount)
        {
            var value = ImportText.Decimal(discount.Required("value", "the discount factor"), discount.PathOf("value"), "the discount factor");
            ImportText.InRange(value, 0, 1, discount.PathOf("value"), "the discount factor");
            preferences = preferences with { Discount = value == 0 ? null : value }; // GENIUS reads 0 as no discount
        }

        return preferences;
    }

    /// <summary>The one <c>objective</c> of a <c>utility_space</c>, which lists the issues directly (no objective tree).</summary>
    private static XmlNode Objective(XmlNode space)
    {
        var objective = space.Single("objective");
        if (objective.Elements("objective").FirstOrDefault() is { } nested)
        {
            throw new ImportException(ErrorCodes.UnsupportedFeature, nested.Path, "objective trees (an <objective> inside the objective) are not supported: list the issues directly in the one objective");
        }

        return objective;
    }

    /// <summary>An issue's type: its <c>type</c>, else its <c>etype</c>, else discrete; <c>unsupported-feature</c> for a real-valued or unknown type.</summary>
    private static string TypeOf(XmlNode issue)
    {
        var attribute = issue.Attribute("type") is null ? issue.Attribute("etype") is null ? null : "etype" : "type";
        var type = attribute is null ? "discrete" : issue.Attribute(attribute)!;
        return type switch
        {
            "discrete" or "integer" => type,
            "real" => throw new ImportException(ErrorCodes.UnsupportedFeature, issue.PathOf(attribute!), "real-valued issues are not supported: a bargaining domain's options are discrete (give the issue items, or an integer range)"),
            _ => throw new ImportException(ErrorCodes.UnsupportedFeature, issue.PathOf(attribute!), $"the issue type {ImportText.Quote(type)} is not one GENIUS defines here: discrete or integer"),
        };
    }

    /// <summary>A discrete issue's option labels: the values of its direct <c>item</c> children, in order.</summary>
    private static string[] Items(XmlNode issue, GeniusImportOptions options)
    {
        var items = issue.Elements("item").ToList();
        if (items.Count == 0)
        {
            throw new ImportException(ErrorCodes.MissingProperty, issue.Path, "the issue has no <item>: an issue has at least one option");
        }

        if (items.Count > options.MaxOptionsPerIssue)
        {
            throw new ImportException(ErrorCodes.TooManyOptions, issue.Path, $"the issue has {items.Count} items; at most {options.MaxOptionsPerIssue} are read (GeniusImportOptions.MaxOptionsPerIssue)");
        }

        var labels = new string[items.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            labels[i] = ImportText.Name(items[i].Required("value", "an item is known by its value"), items[i].PathOf("value"), "an option's label");
            if (!seen.Add(labels[i]))
            {
                throw new ImportException(ErrorCodes.DuplicateName, items[i].PathOf("value"), $"the issue already has an item {ImportText.Quote(labels[i])}: profiles match items by value");
            }
        }

        return labels;
    }

    /// <summary>An integer issue, <c>lowerbound</c> to <c>upperbound</c>, as one option per integer.</summary>
    private static (string Name, string[] Labels, long? Lower, long? Upper) Integer(XmlNode issue, string name, GeniusImportOptions options)
    {
        var lower = ImportText.Integer(issue.Required("lowerbound", "an integer issue has bounds"), issue.PathOf("lowerbound"), "the lower bound");
        var upper = ImportText.Integer(issue.Required("upperbound", "an integer issue has bounds"), issue.PathOf("upperbound"), "the upper bound");
        if (upper < lower)
        {
            throw new ImportException(ErrorCodes.InvalidRange, issue.PathOf("upperbound"), $"the upper bound {upper} is below the lower bound {lower}");
        }

        var count = (Int128)upper - lower + 1;
        if (count > options.MaxOptionsPerIssue)
        {
            throw new ImportException(ErrorCodes.TooManyOptions, issue.Path, $"the integers from {lower} to {upper} are {count} options; at most {options.MaxOptionsPerIssue} are read (GeniusImportOptions.MaxOptionsPerIssue)");
        }

        return (name, [.. Enumerable.Range(0, (int)count).Select(i => (lower + i).ToString(CultureInfo.InvariantCulture))], lower, upper);
    }

    /// <summary>
    /// The values of a discrete issue from its items' evaluations, matched by value: divided by the issue's largest
    /// evaluation (0 when it is below 10⁻⁵), or as written with <see cref="GeniusImportOptions.RawEvaluations"/>.
    /// </summary>
    private static decimal[] Evaluations(XmlNode issue, GeniusIssue domain, GeniusImportOptions options)
    {
        var evaluations = new decimal?[domain.Labels.Length];
        foreach (var item in issue.Elements("item"))
        {
            var value = item.Required("value", "items are matched by value");
            var i = domain.IndexOf(value);
            if (i < 0)
            {
                throw new ImportException(ErrorCodes.UnknownOption, item.PathOf("value"), $"issue {ImportText.Quote(domain.Name)} of the domain has no item {ImportText.Quote(value)}");
            }

            if (evaluations[i] is not null)
            {
                throw new ImportException(ErrorCodes.DuplicateName, item.PathOf("value"), $"the profile already evaluates item {ImportText.Quote(value)} of issue {ImportText.Quote(domain.Name)}");
            }

            var at = item.PathOf("evaluation");
            var evaluation = ImportText.Decimal(item.Required("evaluation", "an item's evaluation"), at, "an evaluation");
            evaluations[i] = options.RawEvaluations
                ? ImportText.InRange(evaluation, 0, 1, at, "the evaluation (read raw, as RawEvaluations asks)")
                : evaluation >= 0 ? evaluation : throw new ImportException(ErrorCodes.InvalidValue, at, $"the evaluation is {ImportText.Format(evaluation)}; evaluations are not negative");
        }

        var missing = Array.FindIndex(evaluations, e => e is null);
        if (missing >= 0)
        {
            throw new ImportException(ErrorCodes.IncompleteProfile, issue.Path, $"the profile gives no evaluation for item {ImportText.Quote(domain.Labels[missing])} of issue {ImportText.Quote(domain.Name)}");
        }

        var values = evaluations.Select(e => e!.Value).ToArray();
        if (options.RawEvaluations)
        {
            return values;
        }

        var max = values.Max();
        return [.. values.Select(v => max < SmallestMaximum ? 0m : AmountGuards.Canonical(v / max))];
    }

    /// <summary>
    /// The values of an integer issue from its linear evaluator: <c>offset + slope × (x − lowerbound)</c>, each in
    /// [0, 1] (GENIUS would clamp a value outside; the importer refuses it).
    /// </summary>
    private static decimal[] Linear(XmlNode issue, GeniusIssue domain)
    {
        foreach (var bound in new[] { ("lowerbound", domain.LowerBound!.Value), ("upperbound", domain.UpperBound!.Value) })
        {
            if (issue.Attribute(bound.Item1) is { } text && ImportText.Integer(text, issue.PathOf(bound.Item1), "a bound") != bound.Item2)
            {
                throw new ImportException(ErrorCodes.ProfileMismatch, issue.PathOf(bound.Item1), $"the profile gives issue {ImportText.Quote(domain.Name)} the {bound.Item1} {ImportText.Quote(text)}; the domain's is {bound.Item2}");
            }
        }

        var evaluator = issue.Single("evaluator");
        var function = evaluator.Attribute("ftype") ?? "linear";
        if (function != "linear")
        {
            throw new ImportException(ErrorCodes.UnsupportedFeature, evaluator.PathOf("ftype"), $"the evaluator function {ImportText.Quote(function)} is not supported: integer issues take a linear evaluator (slope and offset)");
        }

        var slope = ImportText.Decimal(evaluator.Required("slope", "a linear evaluator's slope"), evaluator.PathOf("slope"), "the slope");
        var offset = ImportText.Decimal(evaluator.Required("offset", "a linear evaluator's offset"), evaluator.PathOf("offset"), "the offset");
        var values = new decimal[domain.Labels.Length];
        for (var i = 0; i < values.Length; i++)
        {
            decimal value;
            try
            {
                value = offset + (slope * i);
            }
            catch (OverflowException)
            {
                value = decimal.MaxValue;
            }

            values[i] = ImportText.InRange(AmountGuards.Canonical(value), 0, 1, evaluator.Path, $"the value of option {domain.Labels[i]} (offset + slope × {i})");
        }

        return values;
    }

    /// <summary>The weight of each issue, by the index of its profile issue; <see langword="null"/> where none is given.</summary>
    private static decimal?[] Weights(XmlNode objective, Dictionary<long, int> byIndex, int count)
    {
        var weights = new decimal?[count];
        var nodes = new XmlNode?[count];
        foreach (var weight in objective.Elements("weight"))
        {
            var index = ImportText.Integer(weight.Required("index", "a weight names its issue by index"), weight.PathOf("index"), "a weight's index");
            if (!byIndex.TryGetValue(index, out var k))
            {
                throw new ImportException(ErrorCodes.UnknownIssue, weight.PathOf("index"), $"no issue of the profile has index {index}");
            }

            if (nodes[k] is { } earlier)
            {
                throw new ImportException(ErrorCodes.DuplicateName, weight.PathOf("index"), $"issue {index} already has a weight ({earlier.Path})");
            }

            nodes[k] = weight;
            var value = ImportText.Decimal(weight.Required("value", "a weight's value"), weight.PathOf("value"), "a weight");
            weights[k] = ImportText.InRange(value, 0, BargainingGuards.MaxWeight, weight.PathOf("value"), "the weight");
        }

        return weights;
    }
}
