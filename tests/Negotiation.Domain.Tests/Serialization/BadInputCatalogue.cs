using System.Text;
using System.Text.Json.Nodes;
using Negotiation.Domain.Serialization;

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
        yield return Text("not-json", "hello", ErrorCodes.InvalidJson, "$");
        yield return Text("empty", "", ErrorCodes.InvalidJson, "$");
        yield return Text("only-whitespace", " \n\t ", ErrorCodes.InvalidJson, "$");
        yield return Text("truncated-after-the-first-brace", seed[..1], ErrorCodes.InvalidJson, "$");
        yield return Text("truncated-inside-the-title", seed[..(seed.IndexOf("\"title\": \"", StringComparison.Ordinal) + 15)], ErrorCodes.InvalidJson, "$.title");
        yield return Text("truncated-inside-the-parties", seed[..(seed.IndexOf("\"parties\": [", StringComparison.Ordinal) + 12)], ErrorCodes.InvalidJson, "$.parties");
        yield return Text("truncated-before-the-last-brace", seed.TrimEnd()[..^1], ErrorCodes.InvalidJson, "$");
        // A byte-order mark at the very start is ignored (RFC 8259, section 8.1); anywhere else it is stray bytes.
        yield return new("byte-order-mark-twice", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(seed)], ErrorCodes.InvalidJson, "$");
        yield return new("byte-order-mark-after-the-first-brace", [.. Encoding.UTF8.GetBytes(seed[..1]), 0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(seed[1..])], ErrorCodes.InvalidJson, "$");
        yield return new("byte-order-mark-after-whitespace", [(byte)' ', 0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(seed)], ErrorCodes.InvalidJson, "$");
        yield return Text("line-comment", seed.Insert(1, "\n  // a comment"), ErrorCodes.InvalidJson, "$");
        yield return Text("block-comment", seed.Replace("\"title\": ", "\"title\": /* a comment */ ", StringComparison.Ordinal), ErrorCodes.InvalidJson, "$.title");
        yield return Text("trailing-comma-in-an-object", """{"formatVersion":1,"id":"x","title":"X",}""", ErrorCodes.InvalidJson, "$");
        yield return Text("trailing-comma-in-an-array", seed.Replace("\"Washington\"\n", "\"Washington\",\n", StringComparison.Ordinal), ErrorCodes.InvalidJson, "$.parties[0].aliases");
        yield return Text("two-documents", seed + seed, ErrorCodes.InvalidJson, "$");
        yield return Text("single-quotes", "{'formatVersion':1}", ErrorCodes.InvalidJson, "$");
        yield return new("invalid-utf8-in-a-string", Encoding.UTF8.GetBytes(seed.Replace("\"United States\"", "\"United States#\"", StringComparison.Ordinal)).Select(b => b == (byte)'#' ? (byte)0xFF : b).ToArray(), ErrorCodes.InvalidJson, "$.parties[0].name");
        yield return new("invalid-utf8-in-a-date", Encoding.UTF8.GetBytes(seed.Replace("\"from\": \"2021-01-20\"", "\"from\": \"2021-01-2#\"", StringComparison.Ordinal)).Select(b => b == (byte)'#' ? (byte)0xBF : b).ToArray(), ErrorCodes.InvalidJson, "$.parties[9].positions[0].from");
        yield return Text("lone-surrogate-escape", seed.Replace("\"United States\"", "\"United States \\ud800\"", StringComparison.Ordinal), ErrorCodes.InvalidJson, "$.parties[0].name");

        // Limits.
        yield return Text("array-nested-past-the-limit-for-a-string", Minimal.Replace("}", ",\"description\":" + new string('[', 20) + new string(']', 20) + "}", StringComparison.Ordinal), ErrorCodes.WrongType, "$.description");
        yield return Text("nesting-past-the-limit-in-a-party-read-ahead", Minimal.Replace("}", ",\"parties\":[{\"id\":\"x\",\"name\":" + new string('[', 20) + new string(']', 20) + ",\"kind\":\"state\"}]}", StringComparison.Ordinal), ErrorCodes.TooDeep, "$.parties[0]");
        yield return Text("nesting-past-a-lower-limit", seed, ErrorCodes.TooDeep, "$.parties[0].aliases", new NegotiationJsonOptions { MaxDepth = 3 });
        yield return Text("past-the-size-limit", seed, ErrorCodes.TooLarge, "$", new NegotiationJsonOptions { MaxBytes = 1000 });
        yield return Text("very-long-array-past-the-size-limit", Minimal.Replace("}", ",\"issues\":[" + string.Join(",", Enumerable.Repeat("{}", 100_000)) + "]}", StringComparison.Ordinal), ErrorCodes.TooLarge, "$", new NegotiationJsonOptions { MaxBytes = 64 * 1024 });

        // The root and its version.
        yield return Text("root-is-an-array", "[]", ErrorCodes.WrongType, "$");
        yield return Text("root-is-a-string", "\"a document\"", ErrorCodes.WrongType, "$");
        yield return Text("root-is-null", "null", ErrorCodes.WrongType, "$");
        yield return Text("version-missing", JsonEdit.Remove("$.formatVersion"), ErrorCodes.MissingProperty, "$.formatVersion");
        yield return Text("version-unsupported", JsonEdit.Set("$.formatVersion", 3), ErrorCodes.UnsupportedVersion, "$.formatVersion");
        yield return Text("version-unsupported-with-another-shape", """{"formatVersion":3,"name":"a future document","things":[1,2]}""", ErrorCodes.UnsupportedVersion, "$.formatVersion");
        yield return Text("version-as-a-decimal", JsonEdit.Set("$.formatVersion", 1.5), ErrorCodes.UnsupportedVersion, "$.formatVersion");
        yield return Text("version-as-a-string", JsonEdit.Set("$.formatVersion", "1"), ErrorCodes.WrongType, "$.formatVersion");

        // Members: unknown, repeated, missing, null.
        yield return Text("unknown-root-member", JsonEdit.Set("$.extra", true), ErrorCodes.UnknownProperty, "$.extra");
        yield return Text("unknown-member-of-a-body", JsonEdit.Set("$.parties[3].colour", "blue"), ErrorCodes.UnknownProperty, "$.parties[3].colour");
        yield return Text("member-in-the-wrong-case", JsonEdit.Rename("$.parties[0].name", "Name"), ErrorCodes.UnknownProperty, "$.parties[0].Name");
        yield return Text("member-of-another-kind", JsonEdit.Set("$.parties[0].positions", new JsonArray()), ErrorCodes.UnknownProperty, "$.parties[0].positions");
        yield return Text("computed-member-isActive", JsonEdit.Set("$.sanctions[0].isActive", false), ErrorCodes.UnknownProperty, "$.sanctions[0].isActive");
        yield return Text("computed-member-parentId", JsonEdit.Set("$.parties[3].parentId", "cn"), ErrorCodes.UnknownProperty, "$.parties[3].parentId");
        yield return Text("odd-member-name", JsonEdit.Edit(root => JsonEdit.At(root, "$.issues[0]").AsObject()["it's \"odd\""] = 1), ErrorCodes.UnknownProperty, "$.issues[0]['it\\'s \"odd\"']");
        yield return Text("reference-metadata-in-a-party", JsonEdit.Edit(root => JsonEdit.At(root, "$.parties[0]").AsObject()["$ref"] = "#/parties/1"), ErrorCodes.UnknownProperty, "$.parties[0]['$ref']");
        yield return Text("type-metadata-in-an-issue", JsonEdit.Edit(root => JsonEdit.At(root, "$.issues[0]").AsObject()["$type"] = "issue"), ErrorCodes.UnknownProperty, "$.issues[0]['$type']");
        yield return Text("repeated-root-member", seed.Replace("\"title\": ", "\"title\": \"Again\",\n  \"title\": ", StringComparison.Ordinal), ErrorCodes.DuplicateProperty, "$.title");
        yield return Text("repeated-member-of-a-demand", ReplaceFirst(seed, "\"to\": \"cn\",", "\"to\": \"cn\",\n      \"to\": \"mx\","), ErrorCodes.DuplicateProperty, "$.demands[0].to");
        yield return Text("repeated-kind", ReplaceFirst(seed, "\"kind\": \"state\",", "\"kind\": \"state\",\n      \"kind\": \"state\","), ErrorCodes.DuplicateProperty, "$.parties[0].kind");
        yield return Text("title-missing", JsonEdit.Remove("$.title"), ErrorCodes.MissingProperty, "$.title");
        yield return Text("category-missing", JsonEdit.Remove("$.issues[0].category"), ErrorCodes.MissingProperty, "$.issues[0].category");
        yield return Text("country-of-a-state-missing", JsonEdit.Remove("$.parties[0].country"), ErrorCodes.MissingProperty, "$.parties[0].country");
        yield return Text("kind-missing", JsonEdit.Remove("$.parties[0].kind"), ErrorCodes.MissingProperty, "$.parties[0].kind");
        yield return Text("null-name", JsonEdit.Set("$.parties[0].name", null), ErrorCodes.WrongType, "$.parties[0].name");
        yield return Text("null-for-a-required-array", JsonEdit.Set("$.agreements[0].parties", null), ErrorCodes.WrongType, "$.agreements[0].parties");
        yield return Text("null-item", JsonEdit.Set("$.parties[0].aliases[1]", null), ErrorCodes.WrongType, "$.parties[0].aliases[1]");
        yield return Text("null-id", JsonEdit.Set("$.demands[0].from", null), ErrorCodes.WrongType, "$.demands[0].from");
        yield return Text("null-country-of-a-state", JsonEdit.Set("$.parties[0].country", null), ErrorCodes.WrongType, "$.parties[0].country");

        // Kinds.
        yield return Text("unknown-kind", JsonEdit.Set("$.parties[0].kind", "empire"), ErrorCodes.UnknownKind, "$.parties[0].kind");
        yield return Text("kind-in-pascal-case", JsonEdit.Set("$.parties[3].kind", "GovernmentBody"), ErrorCodes.UnknownKind, "$.parties[3].kind");
        yield return Text("kind-as-a-number", JsonEdit.Set("$.parties[0].kind", 1), ErrorCodes.WrongType, "$.parties[0].kind");

        // Wrong token types.
        yield return Text("number-for-the-title", JsonEdit.Set("$.title", 42), ErrorCodes.WrongType, "$.title");
        yield return Text("number-for-a-name", JsonEdit.Set("$.parties[1].name", 42), ErrorCodes.WrongType, "$.parties[1].name");
        yield return Text("number-for-an-id", JsonEdit.Set("$.id", 42), ErrorCodes.WrongType, "$.id");
        yield return Text("number-for-a-date", JsonEdit.Set("$.events[0].date", 2017), ErrorCodes.WrongType, "$.events[0].date");
        yield return Text("number-for-an-enum", JsonEdit.Set("$.issues[0].category", 1), ErrorCodes.WrongType, "$.issues[0].category");
        yield return Text("boolean-for-a-reference", JsonEdit.Set("$.stances[0].subject", true), ErrorCodes.WrongType, "$.stances[0].subject");
        yield return Text("object-for-an-array", JsonEdit.Set("$.parties", new JsonObject()), ErrorCodes.WrongType, "$.parties");
        yield return Text("array-for-an-object", JsonEdit.Set("$.demands[0].action", new JsonArray()), ErrorCodes.WrongType, "$.demands[0].action");
        yield return Text("string-for-a-party", JsonEdit.Set("$.parties[2]", "mx"), ErrorCodes.WrongType, "$.parties[2]");
        yield return Text("string-for-a-number", JsonEdit.Set("$.parties[16].size", "13"), ErrorCodes.WrongType, "$.parties[16].size");
        yield return Text("decimal-for-a-whole-number", JsonEdit.Set("$.parties[16].size", 13.5), ErrorCodes.WrongType, "$.parties[16].size");
        yield return Text("whole-number-past-an-int", JsonEdit.Set("$.parties[16].size", 3_000_000_000L), ErrorCodes.WrongType, "$.parties[16].size");

        // Dates, ids, country codes, references, closed lists.
        yield return Text("date-that-does-not-exist", JsonEdit.Set("$.events[0].date", "2023-02-30"), ErrorCodes.InvalidDate, "$.events[0].date");
        yield return Text("month-13", JsonEdit.Set("$.events[0].date", "2023-13"), ErrorCodes.InvalidDate, "$.events[0].date");
        yield return Text("29-february-of-a-common-year", JsonEdit.Set("$.events[0].date", "1900-02-29"), ErrorCodes.InvalidDate, "$.events[0].date");
        yield return Text("year-zero", JsonEdit.Set("$.events[0].date", "0000-01"), ErrorCodes.InvalidDate, "$.events[0].date");
        yield return Text("five-digit-year", JsonEdit.Set("$.events[0].date", "20230"), ErrorCodes.InvalidDate, "$.events[0].date");
        yield return Text("date-with-a-time", JsonEdit.Set("$.sanctions[0].listingDate", "2020-05-22T00:00:00Z"), ErrorCodes.InvalidDate, "$.sanctions[0].listingDate");
        yield return Text("slug-with-capitals-and-spaces", JsonEdit.Set("$.parties[0].id", "United States"), ErrorCodes.InvalidId, "$.parties[0].id");
        yield return Text("slug-in-a-list", JsonEdit.Set("$.sanctions[0].targets[0]", "cn--mps"), ErrorCodes.InvalidId, "$.sanctions[0].targets[0]");
        yield return Text("slug-too-long", JsonEdit.Set("$.issues[0].id", new string('a', 101)), ErrorCodes.InvalidId, "$.issues[0].id");
        yield return Text("empty-slug", JsonEdit.Set("$.id", ""), ErrorCodes.InvalidId, "$.id");
        yield return Text("unassigned-country", JsonEdit.Set("$.parties[0].country", "XX"), ErrorCodes.InvalidCountry, "$.parties[0].country");
        yield return Text("lower-case-country", JsonEdit.Set("$.events[3].country", "us"), ErrorCodes.InvalidCountry, "$.events[3].country");
        yield return Text("three-letter-country", JsonEdit.Set("$.parties[1].country", "CHN"), ErrorCodes.InvalidCountry, "$.parties[1].country");
        yield return Text("reference-of-an-unknown-kind", JsonEdit.Set("$.stances[0].subject", "treaty:us-cn-fentanyl-deal"), ErrorCodes.InvalidReference, "$.stances[0].subject");
        yield return Text("reference-with-an-id-too-long", JsonEdit.Set("$.stances[0].subject", "agreement:" + new string('a', 101)), ErrorCodes.InvalidReference, "$.stances[0].subject");
        yield return Text("reference-without-a-kind", JsonEdit.Set("$.demands[2].inExchangeFor[0]", "us-asks-crackdown-on-exporters"), ErrorCodes.InvalidReference, "$.demands[2].inExchangeFor[0]");
        yield return Text("reference-for-a-bare-id", JsonEdit.Set("$.agreements[0].commitments[0].fulfils[0]", "demand:cn-asks-lifting-institute-sanction"), ErrorCodes.InvalidId, "$.agreements[0].commitments[0].fulfils[0]");
        yield return Text("value-not-in-a-closed-list", JsonEdit.Set("$.issues[0].category", "drugs"), ErrorCodes.InvalidValue, "$.issues[0].category");
        yield return Text("closed-list-value-in-another-case", JsonEdit.Set("$.issues[0].category", "Illegal_Drugs"), ErrorCodes.InvalidValue, "$.issues[0].category");
        yield return Text("two-values-of-a-closed-list", JsonEdit.Set("$.issues[0].category", "illegal_drugs, military"), ErrorCodes.InvalidValue, "$.issues[0].category");
        yield return Text("closed-list-deep-inside", JsonEdit.Set("$.demands[1].response.attribution.confidence", "sure"), ErrorCodes.InvalidValue, "$.demands[1].response.attribution.confidence");

        // Record rules, enforced by the records' constructors.
        yield return Text("blank-name", JsonEdit.Set("$.parties[0].name", "   "), ErrorCodes.InvalidValue, "$.parties[0].name");
        yield return Text("very-long-name", JsonEdit.Set("$.parties[0].name", new string('n', 501)), ErrorCodes.InvalidValue, "$.parties[0].name");
        yield return Text("very-long-description", JsonEdit.Set("$.description", new string('d', 1_000_000)), ErrorCodes.InvalidValue, "$.description");
        yield return Text("blank-title", JsonEdit.Set("$.title", ""), ErrorCodes.InvalidValue, "$.title");
        yield return Text("escape-sequence-in-title", JsonEdit.Set("$.title", "\u001b[31mred"), ErrorCodes.InvalidValue, "$.title");
        yield return Text("invisible-title", JsonEdit.Set("$.title", "\u200b\u200b"), ErrorCodes.InvalidValue, "$.title");
        yield return Text("javascript-address", JsonEdit.Set("$.sources[0].url", "javascript:alert(1)"), ErrorCodes.InvalidValue, "$.sources[0].url");
        yield return Text("very-long-array-with-a-bad-last-item", JsonEdit.Set("$.sanctions[1].targets", new JsonArray([.. Enumerable.Range(0, 20_000).Select(i => (JsonNode)JsonValue.Create($"target-{i}")), JsonValue.Create("Bad Target")])), ErrorCodes.InvalidId, "$.sanctions[1].targets[20000]");
        yield return Text("group-of-size-zero", JsonEdit.Set("$.parties[16].size", 0), ErrorCodes.InvalidValue, "$.parties[16].size");
        yield return Text("event-ending-before-it-starts", JsonEdit.Set("$.events[2].endDate", "2022-10"), ErrorCodes.DateOrder, "$.events[2].endDate");
        yield return Text("left-office-before-taking-it", JsonEdit.Set("$.parties[9].positions[0].to", "2020"), ErrorCodes.DateOrder, "$.parties[9].positions[0].to");
        yield return Text("relative-address", JsonEdit.Set("$.sources[0].url", "/news/article"), ErrorCodes.InvalidValue, "$.sources[0].url");
        yield return Text("address-with-an-upper-case-scheme", JsonEdit.Set("$.sources[0].url", "HTTPS://example.org/news"), ErrorCodes.InvalidValue, "$.sources[0].url");
        yield return Text("address-with-a-user-name", JsonEdit.Set("$.sources[0].url", "https://trusted.example@other.example/"), ErrorCodes.InvalidValue, "$.sources[0].url");
        yield return Text("address-with-a-space", JsonEdit.Set("$.sources[0].url", "https://example.org/a b"), ErrorCodes.InvalidValue, "$.sources[0].url");
        yield return Text("address-without-a-host", JsonEdit.Set("$.sources[0].url", "https://"), ErrorCodes.InvalidValue, "$.sources[0].url");
        yield return Text("address-with-one-slash", JsonEdit.Set("$.sources[0].url", "http:/example.org"), ErrorCodes.InvalidValue, "$.sources[0].url");
        yield return Text("address-with-a-unicode-host", JsonEdit.Set("$.sources[0].url", "https://bücher.de/"), ErrorCodes.InvalidValue, "$.sources[0].url");
        yield return Text("address-too-long", JsonEdit.Set("$.sources[0].url", "https://example.org/" + new string('a', 2029)), ErrorCodes.InvalidValue, "$.sources[0].url");
        yield return Text("agreement-with-one-party", JsonEdit.Set("$.agreements[0].parties", new JsonArray("us")), ErrorCodes.InvalidValue, "$.agreements[0].parties");
        yield return Text("repeated-target", JsonEdit.Set("$.sanctions[0].targets", new JsonArray("cn-mps-ifs", "cn-mps-ifs")), ErrorCodes.InvalidValue, "$.sanctions[0].targets");
        yield return Text("sanction-without-measures", JsonEdit.Set("$.sanctions[0].measures", new JsonArray()), ErrorCodes.InvalidValue, "$.sanctions[0].measures");
        yield return Text("lift-that-names-no-sanction", JsonEdit.Remove("$.demands[2].action.sanctions"), ErrorCodes.InvalidValue, "$.demands[2].action.sanctions");
        yield return Text("body-that-is-its-own-parent", JsonEdit.Set("$.parties[3].parent", "us-treasury"), ErrorCodes.ParentCycle, "$.parties[3].parent");

        // Rules between members, which no with can break either (Model/WithRuleTests): reported at the member the
        // constructor finds wrong, the later date or the member the action's kind asks for.
        yield return Text("enforcement-that-names-nothing", JsonEdit.Edit(root =>
        {
            JsonEdit.At(root, "$.demands[0].action").AsObject().Remove("targets");
            JsonEdit.At(root, "$.demands[0].action").AsObject().Remove("items");
        }), ErrorCodes.InvalidValue, "$.demands[0].action.targets");
        yield return Text("other-action-without-a-description", JsonEdit.Edit(root =>
        {
            JsonEdit.At(root, "$.demands[3].action").AsObject()["kind"] = "other";
            JsonEdit.At(root, "$.demands[3].action").AsObject().Remove("description");
        }), ErrorCodes.InvalidValue, "$.demands[3].action.description");
        yield return Text("lift-by-its-kind-alone", JsonEdit.Set("$.demands[3].action.kind", "lift_sanction"), ErrorCodes.InvalidValue, "$.demands[3].action.sanctions");

        // The kinds of action of version 2 (issue 13, item 1): each shape is reported at the member the kind lacks.
        yield return Text("waiver-that-names-no-sanction", JsonEdit.Set("$.demands[3].action.kind", "waive_sanction"), ErrorCodes.InvalidValue, "$.demands[3].action.sanctions");
        yield return Text("suspension-that-names-no-sanction", JsonEdit.Set("$.demands[3].action.kind", "suspend_sanction"), ErrorCodes.InvalidValue, "$.demands[3].action.sanctions");
        yield return Text("limit-without-a-term-or-an-item", JsonEdit.Set("$.demands[3].action.kind", "limit"), ErrorCodes.InvalidValue, "$.demands[3].action.terms");
        yield return Text("transfer-of-funds-without-a-term-or-an-item", JsonEdit.Set("$.demands[3].action.kind", "transfer_funds"), ErrorCodes.InvalidValue, "$.demands[3].action.terms");
        yield return Text("facility-dismantled-without-saying-which", JsonEdit.Edit(root =>
        {
            JsonEdit.At(root, "$.demands[3].action").AsObject()["kind"] = "dismantle_facility";
            JsonEdit.At(root, "$.demands[3].action").AsObject().Remove("description");
        }), ErrorCodes.InvalidValue, "$.demands[3].action.items");
        yield return Text("facility-converted-without-saying-which", JsonEdit.Edit(root =>
        {
            JsonEdit.At(root, "$.demands[3].action").AsObject()["kind"] = "convert_facility";
            JsonEdit.At(root, "$.demands[3].action").AsObject().Remove("description");
        }), ErrorCodes.InvalidValue, "$.demands[3].action.items");
        yield return Text("relations-with-no-one", JsonEdit.Set("$.demands[3].action.kind", "establish_relations"), ErrorCodes.InvalidValue, "$.demands[3].action.targets");
        yield return Text("delisting-sought-of-nothing", JsonEdit.Set("$.demands[3].action.kind", "seek_delisting"), ErrorCodes.InvalidValue, "$.demands[3].action.sanctions");
        yield return Text("designation-removed-from-no-one", JsonEdit.Set("$.demands[3].action.kind", "remove_designation"), ErrorCodes.InvalidValue, "$.demands[3].action.sanctions");
        yield return Text("designation-restored-on-no-one", JsonEdit.Set("$.demands[3].action.kind", "restore_designation"), ErrorCodes.InvalidValue, "$.demands[3].action.sanctions");
        yield return Text("restrictions-eased-on-nothing", JsonEdit.Set("$.demands[3].action.kind", "ease_restrictions"), ErrorCodes.InvalidValue, "$.demands[3].action.targets");
        yield return Text("constitutional-reform-without-a-description", JsonEdit.Edit(root =>
        {
            JsonEdit.At(root, "$.demands[3].action").AsObject()["kind"] = "constitutional_reform";
            JsonEdit.At(root, "$.demands[3].action").AsObject().Remove("description");
        }), ErrorCodes.InvalidValue, "$.demands[3].action.description");
        yield return Text("kind-of-action-not-in-the-list", JsonEdit.Set("$.demands[3].action.kind", "waive"), ErrorCodes.InvalidValue, "$.demands[3].action.kind");

        // Quantities (issue 13, item 2): the terms of an action.
        yield return Text("quantity-of-an-unknown-unit", JsonEdit.Set("$.demands[1].action.terms", Terms(("tonne", "at_most", JsonValue.Create(50)), ("barrels", "at_most", JsonValue.Create(1000)))), ErrorCodes.InvalidValue, "$.demands[1].action.terms[1].unit");
        yield return Text("quantity-of-a-currency-in-lower-case", JsonEdit.Set("$.demands[1].action.terms", Terms(("usd", "up_to", JsonValue.Create(6_000_000_000L)))), ErrorCodes.InvalidValue, "$.demands[1].action.terms[0].unit");
        yield return Text("quantity-of-a-withdrawn-currency", JsonEdit.Set("$.demands[1].action.terms", Terms(("HRK", "exactly", JsonValue.Create(10)))), ErrorCodes.InvalidValue, "$.demands[1].action.terms[0].unit");
        yield return Text("quantity-with-a-negative-amount", JsonEdit.Set("$.demands[1].action.terms", Terms(("kilogram", "at_most", JsonValue.Create(-300.5m)))), ErrorCodes.InvalidValue, "$.demands[1].action.terms[0].amount");
        yield return Text("quantity-with-an-unknown-comparator", JsonEdit.Set("$.demands[1].action.terms", Terms(("kilogram", "no_more_than", JsonValue.Create(300)))), ErrorCodes.InvalidValue, "$.demands[1].action.terms[0].comparator");

        // An amount no decimal holds (1e-29, 1e29) is wrong-type too, but JsonSchema.Net reads numbers as decimals and
        // cannot judge it (SchemaAgreementTests.Numbers): QuantityTests holds those to their code and path.
        yield return Text("quantity-with-an-amount-as-a-string", JsonEdit.Set("$.demands[1].action.terms", Terms(("percent", "at_most", JsonValue.Create("3.67")))), ErrorCodes.WrongType, "$.demands[1].action.terms[0].amount");
        yield return Text("quantity-without-a-unit", JsonEdit.Edit(root =>
        {
            JsonEdit.At(root, "$.demands[1].action").AsObject()["terms"] = Terms(("tonne", "at_most", JsonValue.Create(50)));
            JsonEdit.At(root, "$.demands[1].action.terms[0]").AsObject().Remove("unit");
        }), ErrorCodes.MissingProperty, "$.demands[1].action.terms[0].unit");

        // Document rules: all broken rules are reported; the error is the first.
        yield return Text("duplicate-id", JsonEdit.Set("$.parties[1].id", "us"), ErrorCodes.DuplicateId, "$.parties[1].id");
        yield return Text("dangling-reference", JsonEdit.Set("$.demands[0].to", "nowhere"), ErrorCodes.DanglingReference, "$.demands[0].to");
        yield return Text("dangling-reference-in-a-reference", JsonEdit.Set("$.stances[0].subject", "agreement:no-such-deal"), ErrorCodes.DanglingReference, "$.stances[0].subject");
        yield return Text("self-demand", JsonEdit.Set("$.demands[0].to", "us"), ErrorCodes.SelfDemand, "$.demands[0].to");
        yield return Text("self-sanction", JsonEdit.Set("$.sanctions[0].targets[0]", JsonEdit.At(System.Text.Json.Nodes.JsonNode.Parse(JsonEdit.Seed)!, "$.sanctions[0].authority").GetValue<string>()), ErrorCodes.SelfSanction, "$.sanctions[0].targets[0]");
        yield return Text("commitment-by-a-non-party", JsonEdit.Set("$.agreements[0].commitments[0].by", "mx"), ErrorCodes.CommitmentByNonParty, "$.agreements[0].commitments[0].by");
        yield return Text("parent-cycle", JsonEdit.Set("$.parties[7].parent", "cn-mps-ifs"), ErrorCodes.ParentCycle, "$.parties[7].parent");
        yield return Text("parent-cycle-entered-from-a-tail", JsonEdit.Edit(root =>
        {
            JsonEdit.At(root, "$.parties[3]").AsObject()["parent"] = "us-house"; // us-treasury, a tail into the cycle
            JsonEdit.At(root, "$.parties[5]").AsObject()["parent"] = "us-house-ccp-committee"; // us-house and its committee
        }), ErrorCodes.ParentCycle, "$.parties[5].parent");
        yield return Text("self-sanction-through-a-coalition", JsonEdit.Edit(root =>
        {
            JsonEdit.At(root, "$.parties").AsArray().Add(new JsonObject { ["kind"] = "coalition", ["id"] = "us-and-mexico", ["name"] = "US and Mexico", ["members"] = new JsonArray("us-commerce", "mx") });
            JsonEdit.At(root, "$.sanctions[0].targets").AsArray()[0] = "us-and-mexico";
        }), ErrorCodes.SelfSanction, "$.sanctions[0].targets[0]");
        yield return Text("stance-on-itself", JsonEdit.Set("$.stances[0].subject", "stance:human-rights-groups-oppose-deal"), ErrorCodes.SelfReference, "$.stances[0].subject");
        yield return Text("event-related-to-itself", JsonEdit.Set("$.events[1].related[0]", "event:institute-designation-2020"), ErrorCodes.SelfReference, "$.events[1].related[0]");
        yield return Text("beneficiary-not-in-the-document", JsonEdit.Set("$.demands[0].action.beneficiaries", new JsonArray("nobody")), ErrorCodes.DanglingReference, "$.demands[0].action.beneficiaries[0]");
        yield return Text("beneficiary-twice", JsonEdit.Set("$.demands[0].action.beneficiaries", new JsonArray("us", "us")), ErrorCodes.InvalidValue, "$.demands[0].action.beneficiaries");
        yield return Text("agreement-linked-to-itself", JsonEdit.Set("$.agreements[0].links", JsonNode.Parse("""[{"kind":"annex_to","agreement":"us-cn-fentanyl-deal"}]""")), ErrorCodes.SelfReference, "$.agreements[0].links[0].agreement");
        yield return Text("link-to-no-agreement", JsonEdit.Set("$.agreements[0].links", JsonNode.Parse("""[{"kind":"supersedes","agreement":"no-such-agreement"}]""")), ErrorCodes.DanglingReference, "$.agreements[0].links[0].agreement");
        yield return Text("link-of-an-unknown-kind", JsonEdit.Set("$.agreements[0].links", JsonNode.Parse("""[{"kind":"annexed","agreement":"us-cn-fentanyl-deal"}]""")), ErrorCodes.InvalidValue, "$.agreements[0].links[0].kind");
        yield return Text("milestone-id-used-twice", JsonEdit.Set("$.agreements[0].milestones", JsonNode.Parse("""[{"id":"signature","name":"Signature","kind":"signature"},{"id":"signature","name":"Entry into force","kind":"entry_into_force"}]""")), ErrorCodes.DuplicateId, "$.agreements[0].milestones[1].id");
        yield return Text("milestone-of-an-unknown-kind", JsonEdit.Set("$.agreements[0].milestones", JsonNode.Parse("""[{"id":"signature","name":"Signature","kind":"signing"}]""")), ErrorCodes.InvalidValue, "$.agreements[0].milestones[0].kind");
        yield return Text("milestone-without-a-name", JsonEdit.Set("$.agreements[0].milestones", JsonNode.Parse("""[{"id":"signature","kind":"signature"}]""")), ErrorCodes.MissingProperty, "$.agreements[0].milestones[0].name");
        yield return Text("timing-from-an-unknown-milestone", JsonEdit.Set("$.agreements[0].commitments[0].deadline", JsonNode.Parse("""{"milestone":"no-such-milestone","offset":{"amount":14,"unit":"day"}}""")), ErrorCodes.DanglingReference, "$.agreements[0].commitments[0].deadline.milestone");
        yield return Text("timing-from-a-milestone-of-another-agreement", JsonEdit.Edit(root =>
        {
            JsonEdit.At(root, "$.agreements[1]").AsObject()["milestones"] = JsonNode.Parse("""[{"id":"channel-reopened","name":"Channel reopened","kind":"implementation"}]""");
            JsonEdit.At(root, "$.agreements[0].commitments[0]").AsObject()["deadline"] = JsonNode.Parse("""{"milestone":"channel-reopened"}""");
        }), ErrorCodes.MilestoneOfAnotherAgreement, "$.agreements[0].commitments[0].deadline.milestone");
        yield return Text("commitment-timed-from-itself", JsonEdit.Set("$.agreements[0].commitments[1].start", JsonNode.Parse("""{"after":"cn-cracks-down-on-exporters"}""")), ErrorCodes.SelfReference, "$.agreements[0].commitments[1].start.after");
        yield return Text("timing-from-an-unknown-commitment", JsonEdit.Set("$.agreements[0].commitments[1].start", JsonNode.Parse("""{"after":"no-such-commitment"}""")), ErrorCodes.DanglingReference, "$.agreements[0].commitments[1].start.after");
        yield return Text("timing-with-a-date-and-a-milestone", JsonEdit.Edit(root =>
        {
            JsonEdit.At(root, "$.agreements[0]").AsObject()["milestones"] = JsonNode.Parse("""[{"id":"signature","name":"Signature","kind":"signature"}]""");
            JsonEdit.At(root, "$.agreements[0].commitments[0]").AsObject()["deadline"] = JsonNode.Parse("""{"date":"2024-01","milestone":"signature"}""");
        }), ErrorCodes.InvalidValue, "$.agreements[0].commitments[0].deadline.milestone");
        yield return Text("timing-without-an-anchor", JsonEdit.Set("$.agreements[0].commitments[0].deadline", JsonNode.Parse("""{"offset":{"amount":14,"unit":"day"}}""")), ErrorCodes.InvalidValue, "$.agreements[0].commitments[0].deadline");
        yield return Text("duration-of-zero", JsonEdit.Set("$.agreements[0].commitments[0].duration", JsonNode.Parse("""{"amount":0,"unit":"year"}""")), ErrorCodes.InvalidValue, "$.agreements[0].commitments[0].duration.amount");
        yield return Text("offset-of-a-negative-duration", JsonEdit.Set("$.agreements[0].commitments[0].deadline", JsonNode.Parse("""{"date":"2024-01-01","offset":{"amount":-5,"unit":"day"}}""")), ErrorCodes.InvalidValue, "$.agreements[0].commitments[0].deadline.offset.amount");
        yield return Text("duration-of-an-unknown-unit", JsonEdit.Set("$.agreements[0].commitments[0].duration", JsonNode.Parse("""{"amount":3,"unit":"fortnight"}""")), ErrorCodes.InvalidValue, "$.agreements[0].commitments[0].duration.unit");
        yield return Text("duration-as-an-iso-string", JsonEdit.Set("$.agreements[0].commitments[0].duration", "P14D"), ErrorCodes.WrongType, "$.agreements[0].commitments[0].duration");
        yield return Text("commitment-conditional-on-its-own-verification", JsonEdit.Set("$.agreements[0].commitments[1].conditionalOnVerified", JsonNode.Parse("""[{"commitment":"cn-cracks-down-on-exporters","verifier":"us"}]""")), ErrorCodes.SelfCondition, "$.agreements[0].commitments[1].conditionalOnVerified[0].commitment");
        yield return Text("verification-of-an-unknown-commitment", JsonEdit.Set("$.agreements[0].commitments[0].conditionalOnVerified", JsonNode.Parse("""[{"commitment":"no-such-commitment","verifier":"us"}]""")), ErrorCodes.DanglingReference, "$.agreements[0].commitments[0].conditionalOnVerified[0].commitment");
        yield return Text("verified-by-an-unknown-party", JsonEdit.Set("$.agreements[0].commitments[0].verifiedBy", "no-such-party"), ErrorCodes.DanglingReference, "$.agreements[0].commitments[0].verifiedBy");
        yield return Text("milestone-reached-on-a-verification-without-a-verifier", JsonEdit.Set("$.agreements[0].milestones", JsonNode.Parse("""[{"id":"implementation-day","name":"Implementation Day","reachedWhen":{"commitment":"cn-cracks-down-on-exporters"}}]""")), ErrorCodes.MissingProperty, "$.agreements[0].milestones[0].reachedWhen.verifier");
        yield return Text("sanction-changed-by-itself", JsonEdit.Set("$.sanctions[0].history", JsonNode.Parse("""[{"kind":"lifted","date":"2024","by":"sanction:us-entity-list-cn-mps-ifs"}]""")), ErrorCodes.SelfReference, "$.sanctions[0].history[0].by");
        yield return Text("overlapping-sanction-period", JsonEdit.Set("$.sanctions[0].history", JsonNode.Parse("""[{"kind":"imposed","date":"2020-06-05"},{"kind":"waived","date":"2023-09"},{"kind":"lifted","date":"2023-08-31"}]""")), ErrorCodes.OverlappingPeriod, "$.sanctions[0].history[2].date");
        yield return Text("sanction-lifted-twice", JsonEdit.Set("$.sanctions[0].history", JsonNode.Parse("""[{"kind":"lifted","date":"2023"},{"kind":"lifted","date":"2024"}]""")), ErrorCodes.SanctionHistoryOrder, "$.sanctions[0].history[1].kind");
        yield return Text("sanction-re-imposed-while-in-force", JsonEdit.Set("$.sanctions[0].history", JsonNode.Parse("""[{"kind":"imposed","date":"2020"},{"kind":"reimposed","date":"2024"}]""")), ErrorCodes.SanctionHistoryOrder, "$.sanctions[0].history[1].kind");
        yield return Text("sanction-change-of-an-unknown-kind", JsonEdit.Set("$.sanctions[0].history", JsonNode.Parse("""[{"kind":"pardoned","date":"2023"}]""")), ErrorCodes.InvalidValue, "$.sanctions[0].history[0].kind");
        yield return Text("sanction-lifted-before-its-listing", JsonEdit.Set("$.sanctions[0].history", JsonNode.Parse("""[{"kind":"lifted","date":"2019"}]""")), ErrorCodes.DateOrder, "$.sanctions[0].history[0].date");
        yield return Text("version-1-status-in-a-version-2-document", JsonEdit.Set("$.sanctions[0].status", "lifted"), ErrorCodes.EarlierVersionMember, "$.sanctions[0].status");
        yield return Text("version-1-end-date-in-a-version-2-document", JsonEdit.Set("$.sanctions[1].endDate", "2024-01"), ErrorCodes.EarlierVersionMember, "$.sanctions[1].endDate");
        yield return Text("overlapping-performance-period", JsonEdit.Set("$.agreements[0].commitments[0].performance", JsonNode.Parse("""[{"status":"in_progress","date":"2024-02"},{"status":"carried_out","date":"2024-01-15"}]""")), ErrorCodes.OverlappingPeriod, "$.agreements[0].commitments[0].performance[1].date");
        yield return Text("performance-of-an-unknown-status", JsonEdit.Set("$.agreements[0].commitments[0].performance", JsonNode.Parse("""[{"status":"kept"}]""")), ErrorCodes.InvalidValue, "$.agreements[0].commitments[0].performance[0].status");
        yield return Text("bargaining-weights-all-zero", Bargaining(b => { b["preferences"]![0]!["issues"]![0]!["weight"] = 0; b["preferences"]![0]!["issues"]![1]!["weight"] = 0; }), ErrorCodes.ZeroWeights, "$.bargaining.preferences[0].issues");
        yield return Text("bargaining-value-above-one", Bargaining(b => b["preferences"]![1]!["issues"]![0]!["values"]![1] = 1.5), ErrorCodes.InvalidValue, "$.bargaining.preferences[1].issues[0].values");
        yield return Text("bargaining-negative-weight", Bargaining(b => b["preferences"]![1]!["issues"]![1]!["weight"] = -0.5), ErrorCodes.InvalidValue, "$.bargaining.preferences[1].issues[1].weight");
        yield return Text("bargaining-missing-option-value", Bargaining(b => b["preferences"]![0]!["issues"]![1]!["values"]!.AsArray().RemoveAt(2)), ErrorCodes.OptionValueCount, "$.bargaining.preferences[0].issues[1].values");
        yield return Text("bargaining-issue-missing-from-preferences", Bargaining(b => b["preferences"]![0]!["issues"]!.AsArray().RemoveAt(1)), ErrorCodes.PreferenceIssueOrder, "$.bargaining.preferences[0].issues");
        yield return Text("bargaining-issues-out-of-order", Bargaining(b => { var issues = b["preferences"]![1]!["issues"]!.AsArray(); var first = issues[0]!.DeepClone(); issues[0] = issues[1]!.DeepClone(); issues[1] = first; }), ErrorCodes.PreferenceIssueOrder, "$.bargaining.preferences[1].issues[0].issue");
        yield return Text("bargaining-incomplete-reservation-outcome", Bargaining(b => b["preferences"]![1]!["reservationOutcome"] = new JsonArray("keep")), ErrorCodes.IncompleteOutcome, "$.bargaining.preferences[1].reservationOutcome");
        yield return Text("bargaining-reservation-outcome-of-an-unknown-option", Bargaining(b => b["preferences"]![1]!["reservationOutcome"] = new JsonArray("keep", "nationwide")), ErrorCodes.IncompleteOutcome, "$.bargaining.preferences[1].reservationOutcome[1]");
        yield return Text("bargaining-reservation-given-twice", Bargaining(b => b["preferences"]![1]!["reservationValue"] = 0.4), ErrorCodes.ConflictingReservation, "$.bargaining.preferences[1].reservationOutcome");
        yield return Text("bargaining-preferences-of-a-party-not-in-the-document", Bargaining(b => b["preferences"]![1]!["party"] = "atlantis"), ErrorCodes.DanglingReference, "$.bargaining.preferences[1].party");
        yield return Text("bargaining-preferences-twice-for-a-party", Bargaining(b => b["preferences"]![1]!["party"] = "us"), ErrorCodes.DuplicateId, "$.bargaining.preferences[1].party");
        yield return Text("bargaining-issue-twice", Bargaining(b => b["issues"]![1]!["issue"] = "xinjiang-human-rights"), ErrorCodes.DuplicateId, "$.bargaining.issues[1].issue");
        yield return Text("bargaining-option-label-twice", Bargaining(b => b["issues"]![0]!["options"]![1]!["label"] = "keep"), ErrorCodes.DuplicateId, "$.bargaining.issues[0].options[1].label");
        yield return Text("bargaining-outcome-of-an-agreement-not-in-the-document", Bargaining(b => b["outcomes"]![0]!["agreement"] = "yalta"), ErrorCodes.DanglingReference, "$.bargaining.outcomes[0].agreement");
        yield return Text("bargaining-incomplete-agreement-outcome", Bargaining(b => b["outcomes"]![0]!["options"]!.AsArray().RemoveAt(1)), ErrorCodes.IncompleteOutcome, "$.bargaining.outcomes[0].options");
        yield return Text("bargaining-discount-of-zero", Bargaining(b => b["preferences"]![0]!["discount"] = 0), ErrorCodes.InvalidValue, "$.bargaining.preferences[0].discount");
        yield return Text("bargaining-without-issues", Bargaining(b => b["issues"] = new JsonArray()), ErrorCodes.InvalidValue, "$.bargaining.issues");
        yield return Text("demand-also-of-the-party-that-makes-it", JsonEdit.Set("$.demands[0].alsoTo", new JsonArray("mx", "us")), ErrorCodes.SelfDemand, "$.demands[0].alsoTo[1]");
        yield return Text("demand-also-of-its-first-addressee", JsonEdit.Set("$.demands[0].alsoTo", new JsonArray("cn")), ErrorCodes.RepeatedAddressee, "$.demands[0].alsoTo[0]");
        yield return Text("demand-also-of-a-party-not-in-the-document", JsonEdit.Set("$.demands[0].alsoTo", new JsonArray("atlantis")), ErrorCodes.DanglingReference, "$.demands[0].alsoTo[0]");
        yield return Text("party-that-recognises-itself", JsonEdit.Set("$.recognitions", Recognitions(("us", "us", "state"))), ErrorCodes.SelfReference, "$.recognitions[0].recognized");
        yield return Text("recognition-of-a-party-not-in-the-document", JsonEdit.Set("$.recognitions", Recognitions(("mx", "cn", "state"), ("us", "atlantis", "government"))), ErrorCodes.DanglingReference, "$.recognitions[1].recognized");
        yield return Text("recognition-as-an-unknown-type", JsonEdit.Set("$.recognitions", Recognitions(("mx", "cn", "empire"))), ErrorCodes.InvalidValue, "$.recognitions[0].type");
        yield return Text("recognition-of-an-unknown-position", JsonEdit.Edit(root =>
        {
            root.AsObject()["recognitions"] = Recognitions(("mx", "cn", "state"));
            JsonEdit.At(root, "$.recognitions[0]").AsObject()["position"] = "recognises";
        }), ErrorCodes.InvalidValue, "$.recognitions[0].position");
        yield return Text("commitment-fulfils-a-demand-of-another-party", JsonEdit.Edit(root =>
        {
            JsonEdit.At(root, "$.agreements[0].parties").AsArray().Add("mx");
            JsonEdit.At(root, "$.agreements[0].commitments[0]").AsObject()["by"] = "mx"; // the demand it fulfils is made of the US
        }), ErrorCodes.FulfilmentByOtherParty, "$.agreements[0].commitments[0].fulfils[0]");
        // Format version 2, part W (issue 13): an agreement's term and its extensions.
        yield return Text("extension-moves-the-expiry-earlier", JsonEdit.Set("$.agreements[0].term", JsonNode.Parse("""{"years":2,"expires":"2025-11","extensions":[{"date":"2025-10","newExpiry":"2025-06","parties":["us","cn"]}]}""")), ErrorCodes.EarlierExpiry, "$.agreements[0].term.extensions[0].newExpiry");
        yield return Text("extension-before-an-earlier-expiry-of-a-previous-extension", JsonEdit.Set("$.agreements[0].term", JsonNode.Parse("""{"extensions":[{"date":"2025-10","newExpiry":"2027"},{"date":"2026","newExpiry":"2026-12-31"}]}""")), ErrorCodes.EarlierExpiry, "$.agreements[0].term.extensions[1].newExpiry");
        yield return Text("extensions-out-of-date-order", JsonEdit.Set("$.agreements[0].term", JsonNode.Parse("""{"expires":"2025","extensions":[{"date":"2025-10","newExpiry":"2027"},{"date":"2024-12","newExpiry":"2028"}]}""")), ErrorCodes.DateOrder, "$.agreements[0].term.extensions[1].date");
        yield return Text("term-of-no-years", JsonEdit.Set("$.agreements[0].term", JsonNode.Parse("""{"years":0}""")), ErrorCodes.InvalidValue, "$.agreements[0].term.years");
        yield return Text("renewal-of-an-unknown-kind", JsonEdit.Set("$.agreements[0].term", JsonNode.Parse("""{"renewal":"tacit"}""")), ErrorCodes.InvalidValue, "$.agreements[0].term.renewal");
        yield return Text("extension-without-a-new-expiry", JsonEdit.Set("$.agreements[0].term", JsonNode.Parse("""{"extensions":[{"date":"2025-10"}]}""")), ErrorCodes.MissingProperty, "$.agreements[0].term.extensions[0].newExpiry");
        yield return Text("extension-agreed-by-a-party-not-in-the-document", JsonEdit.Set("$.agreements[0].term", JsonNode.Parse("""{"extensions":[{"date":"2025-10","newExpiry":"2027","parties":["ru"]}]}""")), ErrorCodes.DanglingReference, "$.agreements[0].term.extensions[0].parties[0]");
        yield return Text("participation-step-by-a-non-party", JsonEdit.Set("$.agreements[0].participation", JsonNode.Parse("""[{"party":"mx","step":"signature","date":"2023-11-15"}]""")), ErrorCodes.ParticipationByNonParty, "$.agreements[0].participation[0].party");
        yield return Text("ratification-before-signature", JsonEdit.Set("$.agreements[0].participation", JsonNode.Parse("""[{"party":"us","step":"ratification","date":"2023-12"},{"party":"us","step":"signature","date":"2023-12"}]""")), ErrorCodes.ParticipationOrder, "$.agreements[0].participation[0].step");
        yield return Text("resumption-without-suspension", JsonEdit.Set("$.agreements[0].participation", JsonNode.Parse("""[{"party":"cn","step":"accession","date":"2023-12"},{"party":"cn","step":"resumption","date":"2024"}]""")), ErrorCodes.ParticipationOrder, "$.agreements[0].participation[1].step");
        yield return Text("step-after-withdrawal", JsonEdit.Set("$.agreements[0].participation", JsonNode.Parse("""[{"party":"cn","step":"accession","date":"2023-12"},{"party":"cn","step":"withdrawal","date":"2024","grounds":"Its interests."},{"party":"us","step":"signature","date":"2024"},{"party":"cn","step":"suspension","date":"2025"}]""")), ErrorCodes.ParticipationOrder, "$.agreements[0].participation[3].step");
        yield return Text("participation-steps-out-of-date-order", JsonEdit.Set("$.agreements[0].participation", JsonNode.Parse("""[{"party":"us","step":"signature","date":"2024-03"},{"party":"cn","step":"signature","date":"2023"},{"party":"us","step":"ratification","date":"2024-01"}]""")), ErrorCodes.DateOrder, "$.agreements[0].participation[2].date");
        yield return Text("participation-step-of-an-unknown-kind", JsonEdit.Set("$.agreements[0].participation", JsonNode.Parse("""[{"party":"us","step":"signed","date":"2024"}]""")), ErrorCodes.InvalidValue, "$.agreements[0].participation[0].step");
        yield return Text("participation-step-without-a-date", JsonEdit.Set("$.agreements[0].participation", JsonNode.Parse("""[{"party":"us","step":"signature"}]""")), ErrorCodes.MissingProperty, "$.agreements[0].participation[0].date");
        yield return Text("clause-invoked-by-a-party-it-does-not-name", JsonEdit.Set("$.agreements[0].clauses", JsonNode.Parse("""[{"kind":"reversion","invocableBy":["us"],"restores":["sanction:us-entity-list-cn-mps-ifs"],"noticeDays":30,"invocations":[{"party":"cn","date":"2024-05"}]}]""")), ErrorCodes.InvocationNotAllowed, "$.agreements[0].clauses[0].invocations[0].party");
        yield return Text("clause-naming-none-invoked-by-a-non-party", JsonEdit.Set("$.agreements[0].clauses", JsonNode.Parse("""[{"kind":"withdrawal","noticeMonths":3,"invocations":[{"party":"us","date":"2024"},{"party":"mx","date":"2024-05"}]}]""")), ErrorCodes.InvocationNotAllowed, "$.agreements[0].clauses[0].invocations[1].party");
        yield return Text("clause-of-an-unknown-kind", JsonEdit.Set("$.agreements[0].clauses", JsonNode.Parse("""[{"kind":"snapback"}]""")), ErrorCodes.InvalidValue, "$.agreements[0].clauses[0].kind");
        yield return Text("clause-restoring-a-sanction-not-in-the-document", JsonEdit.Set("$.agreements[0].clauses", JsonNode.Parse("""[{"kind":"reversion","restores":["sanction:no-such-sanction"]}]""")), ErrorCodes.DanglingReference, "$.agreements[0].clauses[0].restores[0]");
        yield return Text("clause-with-no-notice-days", JsonEdit.Set("$.agreements[0].clauses", JsonNode.Parse("""[{"kind":"withdrawal","noticeDays":0}]""")), ErrorCodes.InvalidValue, "$.agreements[0].clauses[0].noticeDays");
        // Format version 2, part Y (issue 13): roles, parents of bodies, coalitions in agreements, legal instruments,
        // sanctions' ids, pledges.
        yield return Text("role-given-twice", JsonEdit.Set("$.agreements[0].roles", new JsonArray(
            new JsonObject { ["party"] = "mx", ["role"] = "observer" },
            new JsonObject { ["party"] = "mx", ["role"] = "observer", ["note"] = "Again, with a note." })), ErrorCodes.DuplicateRole, "$.agreements[0].roles");
        yield return Text("role-of-an-unknown-kind", JsonEdit.Set("$.agreements[0].roles", new JsonArray(new JsonObject { ["party"] = "mx", ["role"] = "referee" })), ErrorCodes.InvalidValue, "$.agreements[0].roles[0].role");
        yield return Text("role-of-a-party-not-in-the-document", JsonEdit.Set("$.agreements[0].roles", new JsonArray(new JsonObject { ["party"] = "qa", ["role"] = "mediator" })), ErrorCodes.DanglingReference, "$.agreements[0].roles[0].party");
        yield return Text("role-without-a-party", JsonEdit.Set("$.agreements[0].roles", new JsonArray(new JsonObject { ["role"] = "mediator" })), ErrorCodes.MissingProperty, "$.agreements[0].roles[0].party");
        yield return Text("body-under-an-organization-that-is-not-intergovernmental", JsonEdit.Edit(root =>
        {
            JsonEdit.At(root, "$.parties").AsArray().Add(new JsonObject { ["kind"] = "organization", ["id"] = "acme", ["name"] = "Acme", ["type"] = "company" });
            JsonEdit.At(root, "$.parties[3]").AsObject()["parent"] = "acme";
        }), ErrorCodes.InvalidParent, "$.parties[3].parent");
        yield return Text("body-under-a-person", JsonEdit.Set("$.parties[3].parent", "joe-biden"), ErrorCodes.InvalidParent, "$.parties[3].parent");
        yield return Text("commitment-by-a-member-of-a-coalition-that-is-not-a-party", JsonEdit.Edit(root =>
        {
            JsonEdit.At(root, "$.parties").AsArray().Add(new JsonObject { ["kind"] = "coalition", ["id"] = "us-and-mexico", ["name"] = "US and Mexico", ["members"] = new JsonArray("us", "mx") });
            JsonEdit.At(root, "$.agreements[0].commitments[0]").AsObject()["by"] = "mx"; // a member of a coalition, which is not a party to the deal
        }), ErrorCodes.CommitmentByNonParty, "$.agreements[0].commitments[0].by");
        yield return Text("instrument-of-an-unknown-kind", JsonEdit.Set("$.sanctions[0].legalInstruments", new JsonArray(new JsonObject { ["kind"] = "edict", ["title"] = "An edict" })), ErrorCodes.InvalidValue, "$.sanctions[0].legalInstruments[0].kind");
        yield return Text("instrument-without-a-title", JsonEdit.Set("$.sanctions[0].legalInstruments", new JsonArray(new JsonObject { ["kind"] = "regulation", ["number"] = "15 CFR 744" })), ErrorCodes.MissingProperty, "$.sanctions[0].legalInstruments[0].title");
        yield return Text("instrument-with-a-relative-address", JsonEdit.Set("$.sanctions[0].legalInstruments", new JsonArray(new JsonObject { ["kind"] = "regulation", ["title"] = "Export Administration Regulations", ["url"] = "/cfr/744" })), ErrorCodes.InvalidValue, "$.sanctions[0].legalInstruments[0].url");
        yield return Text("instrument-dated-on-a-day-that-does-not-exist", JsonEdit.Set("$.sanctions[0].legalInstruments", new JsonArray(new JsonObject { ["kind"] = "executive_order", ["title"] = "An order", ["date"] = "2019-02-29" })), ErrorCodes.InvalidDate, "$.sanctions[0].legalInstruments[0].date");
        yield return Text("instrument-as-a-string", JsonEdit.Set("$.sanctions[0].legalInstruments", new JsonArray("Executive Order 13846")), ErrorCodes.WrongType, "$.sanctions[0].legalInstruments[0]");
        yield return Text("sanction-external-id-without-a-value", JsonEdit.Set("$.sanctions[0].externalIds", new JsonArray(new JsonObject { ["scheme"] = "ofac-sdn" })), ErrorCodes.MissingProperty, "$.sanctions[0].externalIds[0].value");
        yield return Text("sanction-external-id-of-a-blank-scheme", JsonEdit.Set("$.sanctions[0].externalIds", new JsonArray(new JsonObject { ["scheme"] = " ", ["value"] = "36412" })), ErrorCodes.InvalidValue, "$.sanctions[0].externalIds[0].scheme");
        yield return Text("sanction-description-blank", JsonEdit.Set("$.sanctions[0].description", "\n\t "), ErrorCodes.InvalidValue, "$.sanctions[0].description");
        yield return Text("sanction-description-as-a-number", JsonEdit.Set("$.sanctions[0].description", 7), ErrorCodes.WrongType, "$.sanctions[0].description");
        yield return Text("pledge-by-a-party-not-in-the-document", JsonEdit.Set("$.pledges", new JsonArray(Pledge("cn-pledge", "nowhere"))), ErrorCodes.DanglingReference, "$.pledges[0].by");
        yield return Text("pledge-beside-an-agreement-not-in-the-document", JsonEdit.Edit(root =>
        {
            var pledge = Pledge("cn-pledge", "cn");
            pledge["agreement"] = "no-such-deal";
            root.AsObject()["pledges"] = new JsonArray(pledge);
        }), ErrorCodes.DanglingReference, "$.pledges[0].agreement");
        yield return Text("pledge-without-an-action", JsonEdit.Set("$.pledges", new JsonArray(new JsonObject { ["id"] = "cn-pledge", ["by"] = "cn" })), ErrorCodes.MissingProperty, "$.pledges[0].action");
        yield return Text("pledges-with-the-same-id", JsonEdit.Set("$.pledges", new JsonArray(Pledge("cn-pledge", "cn"), Pledge("cn-pledge", "us"))), ErrorCodes.DuplicateId, "$.pledges[1].id");
        yield return Text("pledge-with-an-invalid-id", JsonEdit.Set("$.pledges", new JsonArray(Pledge("CN Pledge", "cn"))), ErrorCodes.InvalidId, "$.pledges[0].id");
        yield return Text("stance-on-a-pledge-not-in-the-document", JsonEdit.Set("$.stances[0].subject", "pledge:no-such-pledge"), ErrorCodes.DanglingReference, "$.stances[0].subject");
        yield return Text("name-of-a-hangul-filler", JsonEdit.Set("$.parties[0].name", "\u3164\u3164"), ErrorCodes.InvalidValue, "$.parties[0].name");
        yield return Text("name-of-variation-selectors", JsonEdit.Set("$.parties[0].name", "\uFE0F\U000E0100"), ErrorCodes.InvalidValue, "$.parties[0].name");
        yield return Text("line-separator-in-a-name", JsonEdit.Set("$.parties[0].name", "United\u2028States"), ErrorCodes.InvalidValue, "$.parties[0].name");
        yield return Text("name-of-501-emoji", JsonEdit.Set("$.parties[0].name", string.Concat(Enumerable.Repeat("\U0001F642", 501))), ErrorCodes.InvalidValue, "$.parties[0].name");
    }

    /// <summary>A pledge of China's kind (the seed has none): an id, a party and an action.</summary>
    private static JsonObject Pledge(string id, string by) => new()
    {
        ["id"] = id,
        ["by"] = by,
        ["action"] = new JsonObject { ["kind"] = "refrain", ["description"] = "Not integrate AI into nuclear command and control." },
    };

    /// <summary>An action's terms: each a quantity of the fentanyl ingredients, in a unit, bounded by a comparator.</summary>
    private static JsonArray Terms(params (string Unit, string Comparator, JsonNode? Amount)[] terms)
        => new([.. terms.Select(t => (JsonNode)new JsonObject { ["item"] = "fentanyl ingredients", ["comparator"] = t.Comparator, ["amount"] = t.Amount, ["unit"] = t.Unit })]);

    /// <summary>A root's recognitions: who recognises whom, as what.</summary>
    /// <summary>The seed with a valid bargaining section (two issues, two parties, the deal's outcome), edited by <paramref name="edit"/>.</summary>
    private static string Bargaining(Action<JsonNode> edit) => JsonEdit.Edit(root =>
    {
        var bargaining = JsonNode.Parse("""
            {
              "issues": [
                {"issue": "xinjiang-human-rights", "options": [{"label": "keep"}, {"label": "lift", "standsFor": ["sanction:us-entity-list-cn-mps-ifs"]}]},
                {"issue": "fentanyl", "options": [{"label": "none"}, {"label": "narrow"}, {"label": "broad"}]}
              ],
              "preferences": [
                {"party": "us", "issues": [{"issue": "xinjiang-human-rights", "weight": 0.4, "values": [1, 0]}, {"issue": "fentanyl", "weight": 0.6, "values": [0, 0.5, 1]}], "reservationValue": 0.3, "discount": 0.9},
                {"party": "cn", "issues": [{"issue": "xinjiang-human-rights", "weight": 0.7, "values": [0, 1]}, {"issue": "fentanyl", "weight": 0.3, "values": [1, 0.6, 0]}], "reservationOutcome": ["keep", "none"]}
              ],
              "outcomes": [{"agreement": "us-cn-fentanyl-deal", "options": ["lift", "broad"]}]
            }
            """)!;
        edit(bargaining);
        root.AsObject()["bargaining"] = bargaining;
    });

    private static JsonArray Recognitions(params (string By, string Recognized, string Type)[] recognitions)
        => new([.. recognitions.Select((r, i) => (JsonNode)new JsonObject { ["id"] = $"recognition-{i}", ["by"] = r.By, ["recognized"] = r.Recognized, ["type"] = r.Type })]);

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
