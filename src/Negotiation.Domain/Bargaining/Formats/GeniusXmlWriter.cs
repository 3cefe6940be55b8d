using System.Globalization;
using System.Text;
using System.Xml;

namespace Negotiation.Domain.Bargaining.Formats;

/// <summary>Writes a bargaining domain as a GENIUS domain file, and one party's preferences as a GENIUS profile.</summary>
internal static class GeniusXmlWriter
{
    private static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        CloseOutput = false,
    };

    /// <summary><c>negotiation_template/utility_space/objective</c> with one discrete issue per negotiable issue, named by its id, its items the option labels.</summary>
    public static void WriteDomain(BargainingDomain domain, Stream output)
    {
        using var writer = XmlWriter.Create(output, Settings);
        writer.WriteStartDocument();
        writer.WriteStartElement("negotiation_template");
        writer.WriteStartElement("utility_space");
        writer.WriteAttributeString("number_of_issues", Number(domain.Issues.Count));
        StartObjective(writer);
        for (var k = 0; k < domain.Issues.Count; k++)
        {
            StartIssue(writer, domain, k);
            for (var i = 0; i < domain.Issues[k].Options.Count; i++)
            {
                writer.WriteStartElement("item");
                writer.WriteAttributeString("index", Number(i + 1));
                writer.WriteAttributeString("value", domain.Issues[k].Options[i].Label);
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        writer.WriteEndDocument();
    }

    /// <summary>
    /// <c>utility_space</c>: the objective with each issue's items and their evaluations (the values, as given) and the
    /// weights, then the reservation (a reservation outcome as its utility) and the discount factor.
    /// </summary>
    public static void WriteProfile(BargainingDomain domain, PartyPreferences preferences, Stream output)
    {
        using var writer = XmlWriter.Create(output, Settings);
        writer.WriteStartDocument();
        writer.WriteStartElement("utility_space");
        StartObjective(writer);
        for (var k = 0; k < domain.Issues.Count; k++)
        {
            StartIssue(writer, domain, k);
            for (var i = 0; i < domain.Issues[k].Options.Count; i++)
            {
                writer.WriteStartElement("item");
                writer.WriteAttributeString("index", Number(i + 1));
                writer.WriteAttributeString("value", domain.Issues[k].Options[i].Label);
                writer.WriteAttributeString("evaluation", ImportText.Format(preferences.Issues[k].Values[i]));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        for (var k = 0; k < domain.Issues.Count; k++)
        {
            writer.WriteStartElement("weight");
            writer.WriteAttributeString("index", Number(k + 1));
            writer.WriteAttributeString("value", ImportText.Format(preferences.Issues[k].Weight));
            writer.WriteEndElement();
        }

        writer.WriteEndElement(); // objective
        var reservation = preferences.ReservationValue
            ?? (preferences.ReservationOutcome.IsEmpty ? null : ExportChecks.UtilityOf(domain, preferences, domain.IndexesOf(preferences.ReservationOutcome)!));
        if (reservation is { } value)
        {
            writer.WriteStartElement("reservation");
            writer.WriteAttributeString("value", ImportText.Format(value));
            writer.WriteEndElement();
        }

        if (preferences.Discount is { } discount)
        {
            writer.WriteStartElement("discount_factor");
            writer.WriteAttributeString("value", ImportText.Format(discount));
            writer.WriteEndElement();
        }

        writer.WriteEndDocument();
    }

    private static void StartObjective(XmlWriter writer)
    {
        writer.WriteStartElement("objective");
        writer.WriteAttributeString("index", "0");
        writer.WriteAttributeString("name", "bargaining");
        writer.WriteAttributeString("type", "objective");
        writer.WriteAttributeString("etype", "objective");
    }

    private static void StartIssue(XmlWriter writer, BargainingDomain domain, int k)
    {
        writer.WriteStartElement("issue");
        writer.WriteAttributeString("index", Number(k + 1));
        writer.WriteAttributeString("name", domain.Issues[k].Issue.Value);
        writer.WriteAttributeString("type", "discrete");
        writer.WriteAttributeString("etype", "discrete");
        writer.WriteAttributeString("vtype", "discrete");
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
