using System.Globalization;
using System.Numerics;
using System.Text.Json;
using Negotiation.Domain.Bargaining;

namespace Negotiation.Cli.Bargaining;

/// <summary>
/// The whole bargaining result as JSON, for <c>negotiation bargain --json</c>: the parties with their reservations,
/// the issues with their options, the outcome count, every frontier point (utilities, multiplicity, whether rational,
/// and the representative outcome by option label), the zone of agreement, the ideal point, each solution (every tied
/// point, or why there is none), the opposition, and each agreement's score. The README shows the shape.
/// </summary>
/// <remarks>
/// Counts that can exceed what a double holds exactly (<c>outcomeCount</c>, <c>multiplicity</c>) are JSON numbers up to
/// 2⁵³ and decimal strings beyond, so that no reader rounds them silently. Utilities and distances are numbers as
/// System.Text.Json writes a double (the shortest text that reads back the same).
/// </remarks>
internal static class BargainingJsonWriter
{
    /// <summary>The largest count written as a number: 2⁵³, the last integer of a run that a double holds exactly.</summary>
    private static readonly BigInteger LargestExactNumber = BigInteger.Pow(2, 53);

    public static void Write(BargainingInput input, BargainingResult result, TextWriter output)
    {
        using var stream = new MemoryStream();
        // The relaxed encoder keeps apostrophes and non-ASCII text readable; the output is not embedded in HTML.
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();

            json.WriteStartArray("parties");
            for (var i = 0; i < result.Parties.Count; i++)
            {
                json.WriteStartObject();
                json.WriteString("id", result.Parties[i].Value);
                json.WriteString("name", input.NameOf(result.Parties[i]));
                json.WriteNumber("reservation", result.Reservations[i]);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("issues");
            foreach (var issue in result.Domain.Issues)
            {
                json.WriteStartObject();
                json.WriteString("issue", issue.Issue.Value);
                json.WriteStartArray("options");
                foreach (var option in issue.Options)
                {
                    json.WriteStringValue(option.Label);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();

            Count(json, "outcomeCount", result.OutcomeCount);
            json.WriteBoolean("zeroSum", result.IsZeroSum);

            json.WriteStartArray("frontier");
            foreach (var point in result.Frontier)
            {
                Point(json, result, point);
            }

            json.WriteEndArray();
            json.WriteNumber("rationalFrontierSize", result.RationalFrontier.Count);

            json.WriteStartObject("zone");
            json.WriteBoolean("exists", result.Zone.Exists);
            if (result.Zone.RationalCount is { } count)
            {
                Count(json, "rationalCount", count);
                json.WriteNumber("rationalShare", result.Zone.RationalShare!.Value);
            }
            else
            {
                json.WriteNull("rationalCount");
                json.WriteNull("rationalShare");
            }

            json.WriteEndObject();

            Numbers(json, "ideal", result.Ideal);

            json.WriteStartObject("solutions");
            foreach (var solution in result.Solutions)
            {
                json.WriteStartObject(solution.Name);
                json.WriteStartArray("points");
                foreach (var point in solution.Points)
                {
                    Point(json, result, point);
                }

                json.WriteEndArray();
                if (solution.Reason is { } reason)
                {
                    json.WriteString("reason", reason);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();

            json.WriteNumber("opposition", result.Opposition);
            if (result.RationalOpposition is { } rationalOpposition)
            {
                json.WriteNumber("rationalOpposition", rationalOpposition);
            }
            else
            {
                json.WriteNull("rationalOpposition");
            }

            json.WriteStartArray("agreements");
            foreach (var outcome in result.Domain.Outcomes)
            {
                if (!result.Agreements.TryGetValue(outcome.Agreement, out var score))
                {
                    continue;
                }

                json.WriteStartObject();
                json.WriteString("agreement", outcome.Agreement.Value);
                Labels(json, "options", result, score.Outcome);
                Numbers(json, "utilities", score.Utilities);
                json.WriteBoolean("rational", score.IsRational);
                json.WriteBoolean("paretoOptimal", score.IsParetoOptimal);
                Number(json, "distanceToFrontier", score.DistanceToFrontier);
                if (score.DistanceToNash is { } toNash)
                {
                    Number(json, "distanceToNash", toNash);
                }
                else
                {
                    json.WriteNull("distanceToNash");
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void Point(Utf8JsonWriter json, BargainingResult result, FrontierPoint point)
    {
        json.WriteStartObject();
        Numbers(json, "utilities", point.Utilities);
        Count(json, "multiplicity", point.Multiplicity);
        json.WriteBoolean("rational", point.IsRational);
        Labels(json, "representative", result, point.Representative);
        json.WriteEndObject();
    }

    private static void Labels(Utf8JsonWriter json, string name, BargainingResult result, IReadOnlyList<int> outcome)
    {
        json.WriteStartArray(name);
        foreach (var label in result.Labels(outcome))
        {
            json.WriteStringValue(label);
        }

        json.WriteEndArray();
    }

    private static void Numbers(Utf8JsonWriter json, string name, IReadOnlyList<double>? values)
    {
        if (values is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteNumberValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>A distance: JSON has no NaN or infinity, so a value that is not finite is null.</summary>
    private static void Number(Utf8JsonWriter json, string name, double value)
    {
        if (double.IsFinite(value))
        {
            json.WriteNumber(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    /// <summary>A count: a number up to 2⁵³, a decimal string beyond.</summary>
    private static void Count(Utf8JsonWriter json, string name, BigInteger count)
    {
        if (count <= LargestExactNumber)
        {
            json.WriteNumber(name, (long)count);
        }
        else
        {
            json.WriteString(name, count.ToString(CultureInfo.InvariantCulture));
        }
    }
}
