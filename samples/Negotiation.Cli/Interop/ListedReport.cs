using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Negotiation.Cli.Input;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Interop.Listings;

namespace Negotiation.Cli.Interop;

/// <summary>
/// What <c>negotiation listed</c> prints: a block of lines for each party found on a list (the party, the list and
/// the name there, the rule that matched, each listing with its program, authority chain, date and status, and the
/// document's own sanctions on the party), then one line saying whether anyone is listed; or, with <c>--json</c>,
/// the whole result as one JSON object.
/// </summary>
internal static class ListedReport
{
    public static void WriteText(TextWriter output, NegotiationDocument document, IReadOnlyList<LoadedList> lists, IReadOnlyList<ListingMatch> matches)
    {
        var byId = lists.ToDictionary(static l => l.Document.Id);
        foreach (var match in matches)
        {
            output.WriteLine($"{E(match.PartyName)} ({match.Party})");
            output.WriteLine($"  listed in {byId[match.List].Name} as {E(match.ListedName)} ({match.ListedParty})");
            output.WriteLine($"  matched by {RuleName(match.Rule)}: {E(match.MatchedOn)}");
            foreach (var sanction in match.Sanctions)
            {
                var since = sanction.Since is { } date ? $"since {date}" : "no date in the list";
                output.WriteLine($"  {(sanction.Program is { } program ? E(program) : "(no program)")}: {string.Join(" → ", sanction.AuthorityChain.Select(E))}; {since}; {Snake(sanction.Status.ToString())}");
            }

            if (match.DocumentSanctions.Count > 0)
            {
                output.WriteLine($"  the document's own sanctions on it: {string.Join(", ", match.DocumentSanctions)}");
            }

            output.WriteLine();
        }

        var listNames = string.Join(", ", lists.Select(static l => l.Name));
        var listed = matches.Select(static m => m.Party).Distinct().Count();
        output.WriteLine(listed == 0
            ? $"No party of {document.Id} ({document.Parties.Count}) is listed in {listNames}."
            : $"{listed} of the {document.Parties.Count} parties of {document.Id} {(listed == 1 ? "is" : "are")} listed ({matches.Count} match{(matches.Count == 1 ? "" : "es")}) in {listNames}.");
    }

    public static void WriteJson(TextWriter output, NegotiationDocument document, IReadOnlyList<LoadedList> lists, IReadOnlyList<ListingMatch> matches)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("document", document.Id.Value);
            json.WriteNumber("parties", document.Parties.Count);
            json.WriteStartArray("lists");
            foreach (var list in lists)
            {
                json.WriteStartObject();
                json.WriteString("id", list.Document.Id.Value);
                json.WriteString("path", list.Name);
                json.WriteString("format", list.Format);
                json.WriteNumber("parties", list.Document.Parties.Count);
                json.WriteNumber("sanctions", list.Document.Sanctions.Count);
                json.WriteNumber("notes", list.Notes.Count);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteNumber("listedParties", matches.Select(static m => m.Party).Distinct().Count());
            json.WriteStartArray("matches");
            foreach (var match in matches)
            {
                json.WriteStartObject();
                json.WriteString("party", match.Party.Value);
                json.WriteString("partyName", match.PartyName);
                json.WriteString("list", match.List.Value);
                json.WriteString("listedParty", match.ListedParty.Value);
                json.WriteString("listedName", match.ListedName);
                json.WriteString("rule", RuleName(match.Rule));
                json.WriteString("matchedOn", match.MatchedOn);
                json.WriteStartArray("sanctions");
                foreach (var sanction in match.Sanctions)
                {
                    json.WriteStartObject();
                    json.WriteString("id", sanction.Id.Value);
                    if (sanction.Program is null)
                    {
                        json.WriteNull("program");
                    }
                    else
                    {
                        json.WriteString("program", sanction.Program);
                    }

                    json.WriteString("authority", sanction.Authority.Value);
                    json.WriteStartArray("authorityChain");
                    foreach (var name in sanction.AuthorityChain)
                    {
                        json.WriteStringValue(name);
                    }

                    json.WriteEndArray();
                    if (sanction.Since is { } since)
                    {
                        json.WriteString("since", since.ToString());
                    }
                    else
                    {
                        json.WriteNull("since");
                    }

                    json.WriteString("status", Snake(sanction.Status.ToString()));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteStartArray("documentSanctions");
                foreach (var id in match.DocumentSanctions)
                {
                    json.WriteStringValue(id.Value);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length));
    }

    /// <summary>Text from a list, made safe to print: one line, no control characters (see <see cref="PrintableText"/>).</summary>
    private static string E(string text) => PrintableText.Escape(text);

    /// <summary>The rule as the format names values: <c>external_id</c>, <c>name</c>, <c>name_to_alias</c>.</summary>
    public static string RuleName(ListingMatchRule rule) => Snake(rule.ToString());

    private static string Snake(string pascal)
    {
        var text = new StringBuilder();
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && text.Length > 0)
            {
                text.Append('_');
            }

            text.Append(char.ToLowerInvariant(c));
        }

        return text.ToString();
    }
}
