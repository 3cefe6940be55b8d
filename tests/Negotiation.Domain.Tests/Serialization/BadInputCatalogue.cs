using System.Text;
using System.Text.Json.Nodes;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Validation;

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>
/// Bad inputs, each with the exact error code and JSON path it must give. Most are small edits of the seed's JSON,
/// so each breaks exactly one thing in an otherwise valid document.
/// </summary>
internal static class BadInputCatalogue
{
    private const string Minimal = """{"formatVersion":1,"id":"x","title":"X"}""";

    public static IReadOnlyDictionary<string, BadInput> Cases { get; } = Build().ToDictionary(c => c.Name);

    public static TheoryData<string, string> All
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var serializer in Serializers.Both)
            {
                foreach (var name in Cases.Keys)
                {
                    data.Add(serializer, name);
                }
            }

            return data;
        }
    }

    private static IEnumerable<BadInput> Build()
    {
        var seed = JsonEdit.Seed;

        // Not JSON at all.
        yield return Text("not-json", "hello", JsonReadErrorCodes.InvalidJson, "$");
        yield return Text("empty", "", JsonReadErrorCodes.InvalidJson, "$");
        yield return Text("only-whitespace", " \n\t ", JsonReadErrorCodes.InvalidJson, "$");
        yield return Text("truncated-after-the-first-brace", seed[..1], JsonReadErrorCodes.InvalidJson, "$");
        yield return Text("truncated-inside-the-title", seed[..(seed.IndexOf("\"title\": \"", StringComparison.Ordinal) + 15)], JsonReadErrorCodes.InvalidJson, "$.title");
        yield return Text("truncated-inside-the-parties", seed[..(seed.IndexOf("\"parties\": [", StringComparison.Ordinal) + 12)], JsonReadErrorCodes.InvalidJson, "$.parties");
        yield return Text("truncated-before-the-last-brace", seed.TrimEnd()[..^1], JsonReadErrorCodes.InvalidJson, "$");
        yield return new("byte-order-mark", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(seed)], JsonReadErrorCodes.InvalidJson, "$");
        yield return Text("line-comment", seed.Insert(1, "\n  // a comment"), JsonReadErrorCodes.InvalidJson, "$");
        yield return Text("block-comment", seed.Replace("\"title\": ", "\"title\": /* a comment */ ", StringComparison.Ordinal), JsonReadErrorCodes.InvalidJson, "$.title");
        yield return Text("trailing-comma-in-an-object", """{"formatVersion":1,"id":"x","title":"X",}""", JsonReadErrorCodes.InvalidJson, "$");
        yield return Text("trailing-comma-in-an-array", seed.Replace("\"Washington\"\n", "\"Washington\",\n", StringComparison.Ordinal), JsonReadErrorCodes.InvalidJson, "$.parties[0].aliases");
        yield return Text("two-documents", seed + seed, JsonReadErrorCodes.InvalidJson, "$");
        yield return Text("single-quotes", "{'formatVersion':1}", JsonReadErrorCodes.InvalidJson, "$");
        yield return new("invalid-utf8-in-a-string", Encoding.UTF8.GetBytes(seed.Replace("\"United States\"", "\"United States#\"", StringComparison.Ordinal)).Select(b => b == (byte)'#' ? (byte)0xFF : b).ToArray(), JsonReadErrorCodes.InvalidJson, "$.parties[0].name");
        yield return new("invalid-utf8-in-a-date", Encoding.UTF8.GetBytes(seed.Replace("\"from\": \"2021-01-20\"", "\"from\": \"2021-01-2#\"", StringComparison.Ordinal)).Select(b => b == (byte)'#' ? (byte)0xBF : b).ToArray(), JsonReadErrorCodes.InvalidJson, "$.parties[9].positions[0].from");
        yield return Text("lone-surrogate-escape", seed.Replace("\"United States\"", "\"United States \\ud800\"", StringComparison.Ordinal), JsonReadErrorCodes.InvalidJson, "$.parties[0].name");

        // Limits.
        yield return Text("array-nested-past-the-limit-for-a-string", Minimal.Replace("}", ",\"description\":" + new string('[', 20) + new string(']', 20) + "}", StringComparison.Ordinal), JsonReadErrorCodes.WrongType, "$.description");
        yield return Text("nesting-past-the-limit-in-a-party-read-ahead", Minimal.Replace("}", ",\"parties\":[{\"id\":\"x\",\"name\":" + new string('[', 20) + new string(']', 20) + ",\"kind\":\"state\"}]}", StringComparison.Ordinal), JsonReadErrorCodes.TooDeep, "$.parties[0]");
        yield return Text("nesting-past-a-lower-limit", seed, JsonReadErrorCodes.TooDeep, "$.parties[0].aliases", new NegotiationJsonOptions { MaxDepth = 3 });
        yield return Text("past-the-size-limit", seed, JsonReadErrorCodes.TooLarge, "$", new NegotiationJsonOptions { MaxBytes = 1000 });
        yield return Text("very-long-array-past-the-size-limit", Minimal.Replace("}", ",\"issues\":[" + string.Join(",", Enumerable.Repeat("{}", 100_000)) + "]}", StringComparison.Ordinal), JsonReadErrorCodes.TooLarge, "$", new NegotiationJsonOptions { MaxBytes = 64 * 1024 });

        // The root and its version.
        yield return Text("root-is-an-array", "[]", JsonReadErrorCodes.WrongType, "$");
        yield return Text("root-is-a-string", "\"a document\"", JsonReadErrorCodes.WrongType, "$");
        yield return Text("root-is-null", "null", JsonReadErrorCodes.WrongType, "$");
        yield return Text("version-missing", JsonEdit.Remove("$.formatVersion"), JsonReadErrorCodes.MissingProperty, "$.formatVersion");
        yield return Text("version-unsupported", JsonEdit.Set("$.formatVersion", 2), JsonReadErrorCodes.UnsupportedVersion, "$.formatVersion");
        yield return Text("version-unsupported-with-another-shape", """{"formatVersion":2,"name":"a future document","things":[1,2]}""", JsonReadErrorCodes.UnsupportedVersion, "$.formatVersion");
        yield return Text("version-as-a-decimal", JsonEdit.Set("$.formatVersion", 1.5), JsonReadErrorCodes.UnsupportedVersion, "$.formatVersion");
        yield return Text("version-as-a-string", JsonEdit.Set("$.formatVersion", "1"), JsonReadErrorCodes.WrongType, "$.formatVersion");

        // Members: unknown, repeated, missing, null.
        yield return Text("unknown-root-member", JsonEdit.Set("$.extra", true), JsonReadErrorCodes.UnknownProperty, "$.extra");
        yield return Text("unknown-member-of-a-body", JsonEdit.Set("$.parties[3].colour", "blue"), JsonReadErrorCodes.UnknownProperty, "$.parties[3].colour");
        yield return Text("member-in-the-wrong-case", JsonEdit.Rename("$.parties[0].name", "Name"), JsonReadErrorCodes.UnknownProperty, "$.parties[0].Name");
        yield return Text("member-of-another-kind", JsonEdit.Set("$.parties[0].positions", new JsonArray()), JsonReadErrorCodes.UnknownProperty, "$.parties[0].positions");
        yield return Text("computed-member-isActive", JsonEdit.Set("$.sanctions[0].isActive", false), JsonReadErrorCodes.UnknownProperty, "$.sanctions[0].isActive");
        yield return Text("computed-member-parentId", JsonEdit.Set("$.parties[3].parentId", "cn"), JsonReadErrorCodes.UnknownProperty, "$.parties[3].parentId");
        yield return Text("odd-member-name", JsonEdit.Edit(root => JsonEdit.At(root, "$.issues[0]").AsObject()["it's \"odd\""] = 1), JsonReadErrorCodes.UnknownProperty, "$.issues[0]['it\\'s \"odd\"']");
        yield return Text("reference-metadata-in-a-party", JsonEdit.Edit(root => JsonEdit.At(root, "$.parties[0]").AsObject()["$ref"] = "#/parties/1"), JsonReadErrorCodes.UnknownProperty, "$.parties[0]['$ref']");
        yield return Text("type-metadata-in-an-issue", JsonEdit.Edit(root => JsonEdit.At(root, "$.issues[0]").AsObject()["$type"] = "issue"), JsonReadErrorCodes.UnknownProperty, "$.issues[0]['$type']");
        yield return Text("repeated-root-member", seed.Replace("\"title\": ", "\"title\": \"Again\",\n  \"title\": ", StringComparison.Ordinal), JsonReadErrorCodes.DuplicateProperty, "$.title");
        yield return Text("repeated-member-of-a-demand", ReplaceFirst(seed, "\"to\": \"cn\",", "\"to\": \"cn\",\n      \"to\": \"mx\","), JsonReadErrorCodes.DuplicateProperty, "$.demands[0].to");
        yield return Text("repeated-kind", ReplaceFirst(seed, "\"kind\": \"state\",", "\"kind\": \"state\",\n      \"kind\": \"state\","), JsonReadErrorCodes.DuplicateProperty, "$.parties[0].kind");
        yield return Text("title-missing", JsonEdit.Remove("$.title"), JsonReadErrorCodes.MissingProperty, "$.title");
        yield return Text("category-missing", JsonEdit.Remove("$.issues[0].category"), JsonReadErrorCodes.MissingProperty, "$.issues[0].category");
        yield return Text("country-of-a-state-missing", JsonEdit.Remove("$.parties[0].country"), JsonReadErrorCodes.MissingProperty, "$.parties[0].country");
        yield return Text("kind-missing", JsonEdit.Remove("$.parties[0].kind"), JsonReadErrorCodes.MissingProperty, "$.parties[0].kind");
        yield return Text("null-name", JsonEdit.Set("$.parties[0].name", null), JsonReadErrorCodes.WrongType, "$.parties[0].name");
        yield return Text("null-for-a-required-array", JsonEdit.Set("$.agreements[0].parties", null), JsonReadErrorCodes.WrongType, "$.agreements[0].parties");
        yield return Text("null-item", JsonEdit.Set("$.parties[0].aliases[1]", null), JsonReadErrorCodes.WrongType, "$.parties[0].aliases[1]");
        yield return Text("null-id", JsonEdit.Set("$.demands[0].from", null), JsonReadErrorCodes.WrongType, "$.demands[0].from");
        yield return Text("null-country-of-a-state", JsonEdit.Set("$.parties[0].country", null), JsonReadErrorCodes.WrongType, "$.parties[0].country");

        // Kinds.
        yield return Text("unknown-kind", JsonEdit.Set("$.parties[0].kind", "empire"), JsonReadErrorCodes.UnknownKind, "$.parties[0].kind");
        yield return Text("kind-in-pascal-case", JsonEdit.Set("$.parties[3].kind", "GovernmentBody"), JsonReadErrorCodes.UnknownKind, "$.parties[3].kind");
        yield return Text("kind-as-a-number", JsonEdit.Set("$.parties[0].kind", 1), JsonReadErrorCodes.WrongType, "$.parties[0].kind");

        // Wrong token types.
        yield return Text("number-for-the-title", JsonEdit.Set("$.title", 42), JsonReadErrorCodes.WrongType, "$.title");
        yield return Text("number-for-a-name", JsonEdit.Set("$.parties[1].name", 42), JsonReadErrorCodes.WrongType, "$.parties[1].name");
        yield return Text("number-for-an-id", JsonEdit.Set("$.id", 42), JsonReadErrorCodes.WrongType, "$.id");
        yield return Text("number-for-a-date", JsonEdit.Set("$.events[0].date", 2017), JsonReadErrorCodes.WrongType, "$.events[0].date");
        yield return Text("number-for-an-enum", JsonEdit.Set("$.issues[0].category", 1), JsonReadErrorCodes.WrongType, "$.issues[0].category");
        yield return Text("boolean-for-a-reference", JsonEdit.Set("$.stances[0].subject", true), JsonReadErrorCodes.WrongType, "$.stances[0].subject");
        yield return Text("object-for-an-array", JsonEdit.Set("$.parties", new JsonObject()), JsonReadErrorCodes.WrongType, "$.parties");
        yield return Text("array-for-an-object", JsonEdit.Set("$.demands[0].action", new JsonArray()), JsonReadErrorCodes.WrongType, "$.demands[0].action");
        yield return Text("string-for-a-party", JsonEdit.Set("$.parties[2]", "mx"), JsonReadErrorCodes.WrongType, "$.parties[2]");
        yield return Text("string-for-a-number", JsonEdit.Set("$.parties[16].size", "13"), JsonReadErrorCodes.WrongType, "$.parties[16].size");
        yield return Text("decimal-for-a-whole-number", JsonEdit.Set("$.parties[16].size", 13.5), JsonReadErrorCodes.WrongType, "$.parties[16].size");

        // Dates, ids, country codes, references, closed lists.
        yield return Text("date-that-does-not-exist", JsonEdit.Set("$.events[0].date", "2023-02-30"), JsonReadErrorCodes.InvalidDate, "$.events[0].date");
        yield return Text("month-13", JsonEdit.Set("$.events[0].date", "2023-13"), JsonReadErrorCodes.InvalidDate, "$.events[0].date");
        yield return Text("five-digit-year", JsonEdit.Set("$.events[0].date", "20230"), JsonReadErrorCodes.InvalidDate, "$.events[0].date");
        yield return Text("date-with-a-time", JsonEdit.Set("$.sanctions[0].listingDate", "2020-05-22T00:00:00Z"), JsonReadErrorCodes.InvalidDate, "$.sanctions[0].listingDate");
        yield return Text("slug-with-capitals-and-spaces", JsonEdit.Set("$.parties[0].id", "United States"), JsonReadErrorCodes.InvalidId, "$.parties[0].id");
        yield return Text("slug-in-a-list", JsonEdit.Set("$.sanctions[0].targets[0]", "cn--mps"), JsonReadErrorCodes.InvalidId, "$.sanctions[0].targets[0]");
        yield return Text("slug-too-long", JsonEdit.Set("$.issues[0].id", new string('a', 101)), JsonReadErrorCodes.InvalidId, "$.issues[0].id");
        yield return Text("empty-slug", JsonEdit.Set("$.id", ""), JsonReadErrorCodes.InvalidId, "$.id");
        yield return Text("unassigned-country", JsonEdit.Set("$.parties[0].country", "XX"), JsonReadErrorCodes.InvalidCountry, "$.parties[0].country");
        yield return Text("lower-case-country", JsonEdit.Set("$.events[3].country", "us"), JsonReadErrorCodes.InvalidCountry, "$.events[3].country");
        yield return Text("three-letter-country", JsonEdit.Set("$.parties[1].country", "CHN"), JsonReadErrorCodes.InvalidCountry, "$.parties[1].country");
        yield return Text("reference-of-an-unknown-kind", JsonEdit.Set("$.stances[0].subject", "treaty:us-cn-fentanyl-deal"), JsonReadErrorCodes.InvalidReference, "$.stances[0].subject");
        yield return Text("reference-without-a-kind", JsonEdit.Set("$.demands[2].inExchangeFor[0]", "us-asks-crackdown-on-exporters"), JsonReadErrorCodes.InvalidReference, "$.demands[2].inExchangeFor[0]");
        yield return Text("value-not-in-a-closed-list", JsonEdit.Set("$.issues[0].category", "drugs"), JsonReadErrorCodes.InvalidValue, "$.issues[0].category");
        yield return Text("closed-list-value-in-another-case", JsonEdit.Set("$.issues[0].category", "Illegal_Drugs"), JsonReadErrorCodes.InvalidValue, "$.issues[0].category");
        yield return Text("two-values-of-a-closed-list", JsonEdit.Set("$.issues[0].category", "illegal_drugs, military"), JsonReadErrorCodes.InvalidValue, "$.issues[0].category");
        yield return Text("closed-list-deep-inside", JsonEdit.Set("$.demands[1].response.attribution.confidence", "sure"), JsonReadErrorCodes.InvalidValue, "$.demands[1].response.attribution.confidence");

        // Record rules, enforced by the records' constructors.
        yield return Text("blank-name", JsonEdit.Set("$.parties[0].name", "   "), JsonReadErrorCodes.InvalidValue, "$.parties[0].name");
        yield return Text("very-long-name", JsonEdit.Set("$.parties[0].name", new string('n', 501)), JsonReadErrorCodes.InvalidValue, "$.parties[0].name");
        yield return Text("very-long-description", JsonEdit.Set("$.description", new string('d', 1_000_000)), JsonReadErrorCodes.InvalidValue, "$.description");
        yield return Text("blank-title", JsonEdit.Set("$.title", ""), JsonReadErrorCodes.InvalidValue, "$.title");
        yield return Text("escape-sequence-in-title", JsonEdit.Set("$.title", "\u001b[31mred"), JsonReadErrorCodes.InvalidValue, "$.title");
        yield return Text("invisible-title", JsonEdit.Set("$.title", "\u200b\u200b"), JsonReadErrorCodes.InvalidValue, "$.title");
        yield return Text("javascript-address", JsonEdit.Set("$.sources[0].url", "javascript:alert(1)"), JsonReadErrorCodes.InvalidValue, "$.sources[0].url");
        yield return Text("very-long-array-with-a-bad-last-item", JsonEdit.Set("$.sanctions[1].targets", new JsonArray([.. Enumerable.Range(0, 20_000).Select(i => (JsonNode)JsonValue.Create($"target-{i}")), JsonValue.Create("Bad Target")])), JsonReadErrorCodes.InvalidId, "$.sanctions[1].targets[20000]");
        yield return Text("group-of-size-zero", JsonEdit.Set("$.parties[16].size", 0), JsonReadErrorCodes.InvalidValue, "$.parties[16].size");
        yield return Text("end-before-start", JsonEdit.Edit(root =>
        {
            JsonEdit.At(root, "$.sanctions[0]").AsObject()["startDate"] = "2020-06";
            JsonEdit.At(root, "$.sanctions[0]").AsObject()["endDate"] = "2020-05";
        }), JsonReadErrorCodes.InvalidValue, "$.sanctions[0].endDate");
        yield return Text("left-office-before-taking-it", JsonEdit.Set("$.parties[9].positions[0].to", "2020"), JsonReadErrorCodes.InvalidValue, "$.parties[9].positions[0].to");
        yield return Text("relative-address", JsonEdit.Set("$.sources[0].url", "/news/article"), JsonReadErrorCodes.InvalidValue, "$.sources[0].url");
        yield return Text("agreement-with-one-party", JsonEdit.Set("$.agreements[0].parties", new JsonArray("us")), JsonReadErrorCodes.InvalidValue, "$.agreements[0].parties");
        yield return Text("repeated-target", JsonEdit.Set("$.sanctions[0].targets", new JsonArray("cn-mps-ifs", "cn-mps-ifs")), JsonReadErrorCodes.InvalidValue, "$.sanctions[0].targets");
        yield return Text("sanction-without-measures", JsonEdit.Set("$.sanctions[0].measures", new JsonArray()), JsonReadErrorCodes.InvalidValue, "$.sanctions[0].measures");
        yield return Text("lift-that-names-no-sanction", JsonEdit.Remove("$.demands[2].action.sanctions"), JsonReadErrorCodes.InvalidValue, "$.demands[2].action.sanctions");
        yield return Text("body-that-is-its-own-parent", JsonEdit.Set("$.parties[3].parent", "us-treasury"), JsonReadErrorCodes.InvalidValue, "$.parties[3].parent");

        // Document rules: all broken rules are reported; the error is the first.
        yield return Text("duplicate-id", JsonEdit.Set("$.parties[1].id", "us"), ValidationCodes.DuplicateId, "$.parties[1].id");
        yield return Text("dangling-reference", JsonEdit.Set("$.demands[0].to", "nowhere"), ValidationCodes.DanglingReference, "$.demands[0].to");
        yield return Text("dangling-reference-in-a-reference", JsonEdit.Set("$.stances[0].subject", "agreement:no-such-deal"), ValidationCodes.DanglingReference, "$.stances[0].subject");
        yield return Text("self-demand", JsonEdit.Set("$.demands[0].to", "us"), ValidationCodes.SelfDemand, "$.demands[0].to");
        yield return Text("self-sanction", JsonEdit.Set("$.sanctions[0].targets[0]", JsonEdit.At(System.Text.Json.Nodes.JsonNode.Parse(JsonEdit.Seed)!, "$.sanctions[0].authority").GetValue<string>()), ValidationCodes.SelfSanction, "$.sanctions[0].targets[0]");
        yield return Text("commitment-by-a-non-party", JsonEdit.Set("$.agreements[0].commitments[0].by", "mx"), ValidationCodes.CommitmentByNonParty, "$.agreements[0].commitments[0].by");
        yield return Text("parent-cycle", JsonEdit.Set("$.parties[7].parent", "cn-mps-ifs"), ValidationCodes.ParentCycle, "$.parties[7].parent");
    }

    private static BadInput Text(string name, string json, string code, string path, NegotiationJsonOptions? options = null)
        => new(name, Encoding.UTF8.GetBytes(json), code, path, options);

    private static string ReplaceFirst(string text, string old, string replacement)
    {
        var at = text.IndexOf(old, StringComparison.Ordinal);
        return text[..at] + replacement + text[(at + old.Length)..];
    }
}

/// <summary>A bad input and the exact error it must give.</summary>
/// <param name="Name">A name for the test list.</param>
/// <param name="Utf8">The input.</param>
/// <param name="Code">The expected code.</param>
/// <param name="Path">The expected JSON path.</param>
/// <param name="Options">Limits, when not the defaults.</param>
internal sealed record BadInput(string Name, byte[] Utf8, string Code, string Path, NegotiationJsonOptions? Options = null);
