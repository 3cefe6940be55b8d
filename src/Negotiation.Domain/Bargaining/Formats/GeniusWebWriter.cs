using System.Text.Json;

namespace Negotiation.Domain.Bargaining.Formats;

/// <summary>Writes one party's preferences as a GeniusWeb <c>LinearAdditiveUtilitySpace</c> profile, its domain inside.</summary>
internal static class GeniusWebWriter
{
    public static void Write(BargainingDomain domain, PartyPreferences preferences, Stream output)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, NewLine = "\n" });
        writer.WriteStartObject();
        writer.WriteStartObject("LinearAdditiveUtilitySpace");
        writer.WriteString("name", preferences.Party.Value);

        writer.WriteStartObject("domain");
        writer.WriteString("name", "bargaining");
        writer.WriteStartObject("issuesValues");
        foreach (var issue in domain.Issues)
        {
            writer.WriteStartObject(issue.Issue.Value);
            writer.WriteStartArray("values");
            foreach (var option in issue.Options)
            {
                writer.WriteStringValue(option.Label);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();

        writer.WriteStartObject("issueUtilities");
        for (var k = 0; k < domain.Issues.Count; k++)
        {
            writer.WriteStartObject(domain.Issues[k].Issue.Value);
            writer.WriteStartObject("DiscreteValueSetUtilities");
            writer.WriteStartObject("valueUtilities");
            for (var i = 0; i < domain.Issues[k].Options.Count; i++)
            {
                writer.WriteNumber(domain.Issues[k].Options[i].Label, preferences.Issues[k].Values[i]);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();

        writer.WriteStartObject("issueWeights");
        for (var k = 0; k < domain.Issues.Count; k++)
        {
            writer.WriteNumber(domain.Issues[k].Issue.Value, preferences.Issues[k].Weight);
        }

        writer.WriteEndObject();

        if (!preferences.ReservationOutcome.IsEmpty)
        {
            writer.WriteStartObject("reservationBid");
            writer.WriteStartObject("issuevalues");
            for (var k = 0; k < domain.Issues.Count; k++)
            {
                writer.WriteString(domain.Issues[k].Issue.Value, preferences.ReservationOutcome[k]);
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
