using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Json.Schema;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>
/// The JSON Schema, as JsonSchema.Net evaluates it, and the reader agree on every input: the bad-input catalogue,
/// random valid documents and random edits of them. Where the schema can state a rule, a text passes the schema
/// exactly when the reader reads it. The rules it cannot state are <see cref="BeyondTheSchema"/>, which the README
/// lists: a text that passes the schema may be refused by the reader only with those codes, and nothing the reader
/// reads fails the schema.
/// </summary>
/// <remarks>
/// Where JsonSchema.Net 8 departs from JSON Schema the inputs keep clear of it, and say so: it counts a string's length
/// in grapheme clusters rather than characters (no edit uses combining marks), and it reads numbers as decimals (see
/// <see cref="Numbers"/>).
/// </remarks>
public class SchemaAgreementTests
{
    /// <summary>The codes of the rules the schema cannot state: limits the caller sets, a member twice, and rules that compare two values, count, or follow an id.</summary>
    internal static readonly HashSet<string> BeyondTheSchema =
    [
        ErrorCodes.TooLarge, ErrorCodes.TooDeep, ErrorCodes.DuplicateProperty,
        ErrorCodes.DuplicateId, ErrorCodes.DanglingReference, ErrorCodes.SelfDemand, ErrorCodes.SelfSanction,
        ErrorCodes.ParentCycle, ErrorCodes.ParentTooDeep, ErrorCodes.MembershipCycle, ErrorCodes.InvalidParent,
        ErrorCodes.CommitmentByNonParty, ErrorCodes.SelfCondition, ErrorCodes.SelfFulfilment,
        ErrorCodes.FulfilmentByOtherParty, ErrorCodes.SelfReference, ErrorCodes.DateOrder, ErrorCodes.DuplicateRole, ErrorCodes.EarlierExpiry,
        ErrorCodes.ParticipationByNonParty, ErrorCodes.ParticipationOrder, ErrorCodes.InvocationNotAllowed,
        ErrorCodes.MilestoneOfAnotherAgreement, ErrorCodes.RepeatedAddressee, ErrorCodes.SanctionHistoryOrder, ErrorCodes.OverlappingPeriod,
        ErrorCodes.ZeroWeights, ErrorCodes.PreferenceIssueOrder, ErrorCodes.OptionValueCount, ErrorCodes.IncompleteOutcome, ErrorCodes.ConflictingReservation,
    ];

    /// <summary>The codes of errors that stop the reader before it has seen the rest of the text.</summary>
    private static readonly HashSet<string> StopsReading = [ErrorCodes.TooLarge, ErrorCodes.TooDeep, ErrorCodes.DuplicateProperty];

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(NegotiationJson.Schema));

    /// <summary>Small random valid documents (up to two records in each collection beyond the fewest), for edits.</summary>
    private static readonly Gen<Domain.Documents.NegotiationDocument> SmallDocument = Gen.Select(
        Gen.Int[0, 2].Array[DocumentDrafter.Collections.Length], Gen.Int, (sizes, seed) => DocumentGen.Make(sizes, seed));

    [Fact]
    public void Every_catalogue_case_gets_the_same_verdict_from_the_schema_and_the_reader()
    {
        var disagreements = BadInputCatalogue.Cases.Values
            .Select(input => Disagreement(input.Utf8, input.Options, out _) is { } problem ? $"{input.Name}: {problem}" : null)
            .Where(problem => problem is not null)
            .ToList();
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }

    [Fact]
    public void Random_valid_documents_pass_the_schema()
        => DocumentGen.Document.Sample(document => Assert.Null(Disagreement(Encoding.UTF8.GetBytes(NegotiationJson.Write(document)), null, out _)), iter: 60);

    [Fact]
    public void Random_edits_of_valid_documents_get_the_same_verdict_from_the_schema_and_the_reader()
    {
        var verdicts = new ConcurrentDictionary<string, int>();
        Gen.Select(SmallDocument, Gen.Int).Sample((document, seed) =>
        {
            var (edit, utf8) = Mutate(NegotiationJson.Write(document), new Random(seed));
            var problem = Disagreement(utf8, null, out var verdict);
            Assert.True(problem is null, $"{edit}: {problem}");
            verdicts.AddOrUpdate(verdict, 1, (_, n) => n + 1);
        }, iter: 300);

        // The edits must reach each verdict, or the agreement proves less than it claims.
        Assert.True(verdicts.GetValueOrDefault("read") > 0 && verdicts.GetValueOrDefault("refused") > 0 && verdicts.GetValueOrDefault("beyond the schema") > 0, string.Join(", ", verdicts));
    }

    [Fact]
    public void The_readme_lists_the_rules_beyond_the_schema_that_this_test_allows()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md")).ReplaceLineEndings("\n");
        var start = readme.IndexOf("are the reader's alone", StringComparison.Ordinal);
        Assert.True(start >= 0, "The README's schema section no longer says which rules are the reader's alone.");
        var list = readme[readme.IndexOf("\n\n- ", start, StringComparison.Ordinal)..];
        list = list[..list.IndexOf("\n\n", 2, StringComparison.Ordinal)];
        var listed = System.Text.RegularExpressions.Regex.Matches(list, "`([a-z-]+)`").Select(m => m.Groups[1].Value).ToHashSet();

        Assert.Equal(BeyondTheSchema.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    /// <summary>Whether the text's root declares a format version before the current one.</summary>
    private static bool DeclaresEarlierVersion(byte[] utf8)
    {
        using var document = JsonDocument.Parse(utf8.AsMemory(utf8.AsSpan().StartsWith((byte[])[0xEF, 0xBB, 0xBF]) ? 3 : 0));
        return document.RootElement.TryGetProperty("formatVersion", out var version)
            && version.TryGetDecimal(out var number) && number < Domain.Documents.NegotiationDocument.CurrentFormatVersion;
    }

    /// <summary>Why the schema and the reader disagree on <paramref name="utf8"/>, or <see langword="null"/>; and what the reader said: read, refused, refused beyond the schema, or stopped by a limit.</summary>
    private static string? Disagreement(byte[] utf8, NegotiationJsonOptions? options, out string verdict)
    {
        var read = NegotiationJson.Read(utf8, options);
        verdict = "read";
        if (read.TryPickT0(out _, out var error))
        {
            if (DeclaresEarlierVersion(utf8))
            {
                // The schema describes the current version alone; the reader also reads, and upgrades, version 1
                // (an edit can make "formatVersion": 10e-1, which is 1).
                verdict = "read an earlier version";
                return null;
            }

            return Passes(utf8) ? null : $"the reader reads it, the schema refuses it: {SchemaErrors(utf8)}";
        }

        var codes = error.Errors.Select(e => e.Code).Distinct().ToList();
        if (codes.All(BeyondTheSchema.Contains))
        {
            // A limit, or a member twice, stops the reader before it has seen the rest, which the schema may refuse.
            verdict = codes.Any(StopsReading.Contains) ? "stopped" : "beyond the schema";
            if (verdict == "stopped")
            {
                return null;
            }

            return Passes(utf8) ? null : $"the reader refuses it only for rules beyond the schema ({error}), and the schema refuses it: {SchemaErrors(utf8)}";
        }

        verdict = "refused";
        return Passes(utf8) ? $"the schema passes it, the reader refuses it: {error}" : null;
    }

    /// <summary>Whether the schema passes <paramref name="utf8"/>: a text that is not JSON, or not Unicode, it cannot.</summary>
    private static bool Passes(byte[] utf8)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8);
            return Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.Flag }).IsValid;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // Not JSON (a syntax error), or a string that is not Unicode (bytes that are not UTF-8, an escaped lone
            // surrogate), which System.Text.Json cannot decode for the schema's keywords.
            return false;
        }
    }

    /// <summary>The schema's first errors on <paramref name="utf8"/>, to report a disagreement.</summary>
    private static string SchemaErrors(byte[] utf8)
    {
        try
        {
            using var document = JsonDocument.Parse(utf8);
            var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            return string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Take(3).Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}"));
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return $"not JSON: {e.Message}";
        }
    }

    // ---- edits ----

    // Strings for any member: each breaks a rule of some member (or none), so that every rule is tried somewhere.

    private static readonly string[] Strings =
    [
        "", " ", "\u3164", "a\u2028b", "a\nb", "\u200b", "x", "X", "HTTPS://example.org/", "Https://example.org/",
        "https://user:pw@example.org/", "https://@example.org/", "https://exa mple.org/", "https://example.org/a b",
        " https://example.org/", "https://", "http:/x", "http:x", "https://bücher.de/", "https://example.org/Zürich",
        "https://example.org:99999/", "https://example.org:443/", "https://example.org:/", "https://-a.org/",
        "https://a_b.org/", "https://example.org/%zz", "https://example.org#a#b", "https://example.org./",
        "https://example.org/" + new string('a', 3000), "ftp://example.org/", "javascript:alert(1)", "/relative",
        "2023-02-29", "2024-02-29", "1900-02-29", "2000-02-29", "0000", "0000-01", "0001", "9999-12-31", "2023-04-31",
        "2023-13", "2023-1", "2023-01-1", "US", "XX", "us", "XK", "party:x", "party:" + new string('a', 100),
        "party:" + new string('a', 101), "demand:zz", "treaty:x", "state", "coalition", "empire", "lift_sanction",
        "other", new string('a', 100), new string('a', 101), new string('n', 500), new string('n', 501),
        string.Concat(Enumerable.Repeat("\U0001F642", 500)), string.Concat(Enumerable.Repeat("\U0001F642", 501)),
        "\uFE0F\U000E0100", "a\u202eb", "\u00ad", "\t", "a\tb", "x\n", "us\n", "2020\n", "party:x\n", "https://example.org/\n",
    ];

    // Numbers JsonSchema.Net can judge: it reads a number as a decimal, so it throws on 1e400 (in uniqueItems), and
    // rounds 1e-400 and 13.000000000000000000000000001 to whole numbers, which the reader (exact) does not take.
    private static readonly string[] Numbers = ["0", "1", "-1", "13", "13.0", "1.3e1", "130e-1", "-0", "2147483647", "2147483647.0", "2147483648", "1e10", "1.5", "1.0", "10e-1"];

    /// <summary>One random edit of a document's JSON: a value replaced, a member removed or added, an item removed or repeated.</summary>
    private static (string Edit, byte[] Utf8) Mutate(string json, Random random)
    {
        var root = JsonNode.Parse(json)!;
        var places = new List<(JsonNode Parent, object Key, JsonNode? Value)>();
        var strings = new List<string>();
        Collect(root, places, strings);
        var (parent, key, value) = places[random.Next(places.Count)];
        string edit;
        switch (random.Next(8))
        {
            case 0 or 1 or 2:
                var text = random.Next(3) == 0 ? strings[random.Next(strings.Count)] : Strings[random.Next(Strings.Length)];
                edit = $"{Where(parent, key)} = {Shorten(text)}";
                Set(parent, key, JsonValue.Create(text));
                break;
            case 3:
                var number = Numbers[random.Next(Numbers.Length)];
                edit = $"{Where(parent, key)} = {number}";
                Set(parent, key, JsonNode.Parse(number));
                break;
            case 4:
                JsonNode? other = random.Next(4) switch { 0 => null, 1 => new JsonArray(), 2 => new JsonObject(), _ => JsonValue.Create(true) };
                edit = $"{Where(parent, key)} = {other?.ToJsonString() ?? "null"}";
                Set(parent, key, other);
                break;
            case 5 when parent is JsonObject o:
                edit = $"remove {Where(parent, key)}";
                o.Remove((string)key);
                break;
            case 5 when parent is JsonArray a:
                edit = $"remove {Where(parent, key)}";
                a.RemoveAt((int)key);
                break;
            case 6 when parent is JsonArray a:
                edit = $"repeat {Where(parent, key)}";
                a.Add(value?.DeepClone());
                break;
            case 6:
                edit = $"add {parent.GetPath()}.extra";
                parent.AsObject()["extra"] = 1;
                break;
            default:
                var swapped = strings[random.Next(strings.Count)];
                edit = $"{Where(parent, key)} = {Shorten(swapped)}";
                Set(parent, key, JsonValue.Create(swapped));
                break;
        }

        return (edit, Encoding.UTF8.GetBytes(root.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping })));
    }

    private static void Collect(JsonNode node, List<(JsonNode, object, JsonNode?)> places, List<string> strings)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (name, value) in o)
                {
                    places.Add((o, name, value));
                    if (value is not null)
                    {
                        Collect(value, places, strings);
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    places.Add((a, i, a[i]));
                    if (a[i] is { } item)
                    {
                        Collect(item, places, strings);
                    }
                }

                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                strings.Add(v.GetValue<string>());
                break;
        }
    }

    private static void Set(JsonNode parent, object key, JsonNode? value)
    {
        if (key is int index)
        {
            parent.AsArray()[index] = value;
        }
        else
        {
            parent.AsObject()[(string)key] = value;
        }
    }

    private static string Where(JsonNode parent, object key) => key is int index ? $"{parent.GetPath()}[{index}]" : $"{parent.GetPath()}.{key}";

    private static string RepositoryRoot([System.Runtime.CompilerServices.CallerFilePath] string here = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));

    private static string Shorten(string text) => text.Length > 40 ? $"\"{text[..40]}…\" ({text.Length})" : $"\"{text}\"";
}
