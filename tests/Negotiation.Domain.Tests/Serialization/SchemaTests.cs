using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Ardalis.GuardClauses;
using Json.Schema;
using Negotiation.Domain.Benchmarks.Generation;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Tests.Scenarios;
using Negotiation.Domain.Tests.Seeds;

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>
/// The committed JSON Schema is what the format description gives today, the package ships it, and documents validate
/// against it while broken ones do not. When the records change, the first test fails and says how to write the new
/// schema over the committed one: review the diff and commit it with the change.
/// </summary>
public class SchemaTests
{
    /// <summary>Set to 1, the drift test writes the schema the description gives over the committed file instead of failing.</summary>
    private const string WriteVariable = "NEGOTIATION_WRITE_SCHEMA";

    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(File.ReadAllText(CommittedPath())));

    [Fact]
    public void The_committed_schema_is_what_the_description_gives()
    {
        var generated = SchemaGenerator.Generate();
        var committedPath = CommittedPath();
        var receivedPath = Path.ChangeExtension(committedPath, ".received.json");
        if (generated == File.ReadAllText(committedPath).ReplaceLineEndings("\n"))
        {
            File.Delete(receivedPath);
            return;
        }

        if (Environment.GetEnvironmentVariable(WriteVariable) == "1")
        {
            File.WriteAllText(committedPath, generated);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, generated);
        Assert.Fail($"""
            The committed schema is not what the format description gives: the records, their guards or the schema generator changed.
            To write the generated schema over the committed one, run from the repository's root:

                {WriteVariable}=1 dotnet test --project tests/Negotiation.Domain.Tests --filter-method "*.{nameof(The_committed_schema_is_what_the_description_gives)}"

            then review the change (git diff -- src/Negotiation.Domain/Serialization/negotiation.schema.json), build again (the library embeds the file) and commit it with the change that caused it.
            The generated schema is also at {receivedPath}.
            """);
    }

    [Fact]
    public void Every_rule_of_the_description_is_one_the_schema_generator_maps()
    {
        var unmapped = Domain.Serialization.Format.FormatDescription.Records
            .SelectMany(record => record.Members.SelectMany(member => member.Rules.Select(rule => (Where: $"{record.Name}.{member.PropertyName}", Rule: rule))))
            .Where(use => !SchemaGenerator.MappedRules.Contains(SchemaGenerator.RuleName(use.Rule)))
            .Select(use => $"{use.Where}: {use.Rule}")
            .ToList();
        Assert.True(unmapped.Count == 0, $"Guards the schema generator does not map (add each to SchemaGenerator's rule table, with its constraint or the reason a schema cannot state it): {string.Join(", ", unmapped)}");
    }

    [Fact]
    public void The_schema_generator_fails_on_a_rule_it_does_not_map_and_names_the_member_and_the_rule()
    {
        var records = Domain.Serialization.Format.FormatDescription.Records;
        var issue = records.Single(record => record.Type == typeof(Issues.Issue));
        var title = issue.Members.Single(member => member.JsonName == "title");
        var changed = issue with { Members = issue.Members.Replace(title, title with { Rules = title.Rules.Add("NewGuard:MaxNameLength") }) };

        var error = Assert.Throws<InvalidOperationException>(() => SchemaGenerator.Generate(records.Replace(issue, changed)));

        Assert.Contains("Issue.Title", error.Message, StringComparison.Ordinal);
        Assert.Contains("'NewGuard:MaxNameLength'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_generator_fails_on_a_limit_it_does_not_know()
    {
        var records = Domain.Serialization.Format.FormatDescription.Records;
        var response = records.Single(record => record.Type == typeof(Demands.DemandResponse));
        var reason = response.Members.Single(member => member.JsonName == "reason");
        var changed = response with { Members = response.Members.Replace(reason, reason with { Rules = ["NullOrInvalidText:MaxSummaryLength"] }) };

        var error = Assert.Throws<InvalidOperationException>(() => SchemaGenerator.Generate(records.Replace(response, changed)));

        Assert.Contains("DemandResponse.Reason", error.Message, StringComparison.Ordinal);
        Assert.Contains("MaxSummaryLength", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_rule_limited_to_the_length_of_a_name_is_one_line_in_the_schema_as_the_guard_makes_it()
    {
        var records = Domain.Serialization.Format.FormatDescription.Records;
        var response = records.Single(record => record.Type == typeof(Demands.DemandResponse));
        var reason = response.Members.Single(member => member.JsonName == "reason");
        var changed = response with { Members = response.Members.Replace(reason, reason with { Rules = ["NullOrInvalidText:MaxNameLength"] }) };

        var schema = JsonNode.Parse(SchemaGenerator.Generate(records.Replace(response, changed)))!;

        var reasonSchema = schema["$defs"]!["demandResponse"]!["properties"]!["reason"]!;
        var titleSchema = schema["properties"]!["title"]!;
        Assert.Equal(TextGuards.MaxNameLength, reasonSchema["maxLength"]!.GetValue<int>());
        Assert.Equal(titleSchema["$ref"]!.GetValue<string>(), reasonSchema["$ref"]!.GetValue<string>());
        Assert.Throws<ArgumentException>(() => Guard.Against.NullOrInvalidText("two\nlines", "Reason", TextGuards.MaxNameLength));
    }

    [Fact]
    public void The_package_carries_the_committed_schema()
        => Assert.Equal(File.ReadAllText(CommittedPath()).ReplaceLineEndings("\n"), NegotiationJson.Schema.ReplaceLineEndings("\n"));

    [Theory]
    [InlineData("seed")]
    [InlineData("generated")]
    [InlineData("smallest")]
    [InlineData("everything")]
    public void Documents_validate_against_the_schema(string sample)
        => AssertValid(NegotiationJson.Write(SampleDocuments.Get(sample)));

    [Fact]
    public void The_seed_scenario_validates_against_the_schema()
        => AssertValid(NegotiationJson.Write(SeedScenario.Build()));

    [Theory]
    [MemberData(nameof(SeedFiles.All), MemberType = typeof(SeedFiles))]
    public void Every_seed_document_validates_against_the_schema(string name)
        => AssertValid(System.Text.Encoding.UTF8.GetString(SeedFiles.Bytes(name)));

    [Fact]
    public void Explicit_nulls_for_optional_members_are_read_as_absent_and_pass_the_schema()
    {
        var json = JsonEdit.Edit(root =>
        {
            JsonEdit.At(root, "$.parties[0]").AsObject()["aliases"] = null;
            JsonEdit.At(root, "$.parties[0]").AsObject()["externalIds"] = null;
            JsonEdit.At(root, "$.agreements[0]").AsObject()["status"] = null;
            JsonEdit.At(root, "$.agreements[0]").AsObject()["note"] = null;
            JsonEdit.At(root, "$.sanctions[0]").AsObject()["history"] = null;
            root["description"] = null;
        });

        Assert.True(NegotiationJson.Read(json).IsT0);
        AssertValid(json);
    }

    [Fact]
    public void A_large_generated_document_validates_against_the_schema()
        => AssertValid(NegotiationJson.Write(DocumentGenerator.Generate(100)));

    [Theory]
    [InlineData("unknown-root-member")]
    [InlineData("unknown-member-of-a-body")]
    [InlineData("member-of-another-kind")]
    [InlineData("computed-member-isActive")]
    [InlineData("title-missing")]
    [InlineData("kind-missing")]
    [InlineData("country-of-a-state-missing")]
    [InlineData("null-country-of-a-state")]
    [InlineData("unknown-kind")]
    [InlineData("null-name")]
    [InlineData("null-item")]
    [InlineData("number-for-a-name")]
    [InlineData("number-for-a-date")]
    [InlineData("decimal-for-a-whole-number")]
    [InlineData("whole-number-past-an-int")]
    [InlineData("object-for-an-array")]
    [InlineData("month-13")]
    [InlineData("five-digit-year")]
    [InlineData("slug-with-capitals-and-spaces")]
    [InlineData("slug-too-long")]
    [InlineData("unassigned-country")]
    [InlineData("lower-case-country")]
    [InlineData("reference-of-an-unknown-kind")]
    [InlineData("value-not-in-a-closed-list")]
    [InlineData("version-unsupported")]
    [InlineData("repeated-target")]
    [InlineData("blank-title")]
    [InlineData("escape-sequence-in-title")]
    [InlineData("javascript-address")]
    [InlineData("agreement-with-one-party")]
    [InlineData("group-of-size-zero")]
    [InlineData("sanction-without-measures")]
    [InlineData("lift-that-names-no-sanction")]
    [InlineData("date-that-does-not-exist")]
    [InlineData("29-february-of-a-common-year")]
    [InlineData("year-zero")]
    [InlineData("reference-with-an-id-too-long")]
    [InlineData("blank-name")]
    [InlineData("invisible-title")]
    [InlineData("name-of-a-hangul-filler")]
    [InlineData("name-of-variation-selectors")]
    public void Inputs_the_reader_refuses_for_their_shape_fail_the_schema_too(string name)
    {
        using var document = JsonDocument.Parse(BadInputCatalogue.Cases[name].Utf8);
        var result = Schema.Value.Evaluate(document.RootElement);
        Assert.False(result.IsValid, $"{name} passes the schema");
    }

    [Theory]
    [InlineData("$.id")]
    [InlineData("$.title")]
    [InlineData("$.events[0].date")]
    [InlineData("$.events[3].country")]
    [InlineData("$.stances[0].subject")]
    public void A_value_followed_by_a_line_break_fails_the_schema_as_it_fails_the_reader(string path)
    {
        // .NET's regular expressions, as JsonSchema.Net runs them, let $ match before a final line break.
        var value = JsonEdit.At(JsonNode.Parse(JsonEdit.Seed)!, path).GetValue<string>();
        var json = JsonEdit.Set(path, value + "\n");

        Assert.True(NegotiationJson.Read(json).IsT1);
        using var document = JsonDocument.Parse(json);
        Assert.False(Schema.Value.Evaluate(document.RootElement).IsValid);
    }

    [Fact]
    public void The_date_pattern_takes_exactly_the_dates_that_exist()
    {
        var pattern = new Regex(Definition("partialDate")["pattern"]!.GetValue<string>());
        var texts = new List<string>();
        for (var year = 0; year <= 9999; year++)
        {
            texts.Add($"{year:D4}");
            texts.Add($"{year:D4}-02-29");
        }

        foreach (var year in new[] { 0, 1, 4, 100, 400, 1582, 1900, 1996, 2000, 2023, 2024, 2100, 2400, 9996, 9999 })
        {
            for (var month = 0; month <= 13; month++)
            {
                texts.Add($"{year:D4}-{month:D2}");
                for (var day = 0; day <= 32; day++)
                {
                    texts.Add($"{year:D4}-{month:D2}-{day:D2}");
                }
            }
        }

        texts.AddRange(["", "2020-1", "2020-01-1", "20201", "2020-01-01T00:00", "+2020", "２０２０"]);
        var disagreements = texts.Where(text => pattern.IsMatch(text) != Dates.PartialDate.TryParse(text, out _)).ToList();
        Assert.True(disagreements.Count == 0, string.Join(", ", disagreements.Take(20)));
    }

    [Fact]
    public void The_text_patterns_take_exactly_the_characters_the_guards_take()
    {
        var line = new Regex(Definition("line")["pattern"]!.GetValue<string>());
        var text = new Regex(Definition("text")["pattern"]!.GetValue<string>());
        var disagreements = new List<string>();
        void Check(string value)
        {
            if (line.IsMatch(value) != Accepts(() => Guard.Against.NullOrInvalidName(value, "Name")))
            {
                disagreements.Add($"name {Escaped(value)}");
            }

            if (text.IsMatch(value) != Accepts(() => Guard.Against.NullOrInvalidText(value, "Note")))
            {
                disagreements.Add($"text {Escaped(value)}");
            }
        }

        // Every UTF-16 unit alone (blank or not), after a visible letter (allowed or not), and twice; then characters
        // past U+FFFF, every invisible one and a sample of the rest, alone and after a letter.
        for (var c = 0; c <= 0xFFFF; c++)
        {
            var unit = ((char)c).ToString();
            Check(unit);
            Check("a" + unit);
            Check(unit + unit + "a");
        }

        for (var c = 0x10000; c <= 0x10FFFF; c++)
        {
            if (c % 251 == 0 || TextGuards.IsInvisible(new System.Text.Rune(c)))
            {
                var character = char.ConvertFromUtf32(c);
                Check(character);
                Check("a" + character);
                Check(character[..1] + "a"); // a lone high surrogate
            }
        }

        Assert.True(disagreements.Count == 0, string.Join(", ", disagreements.Take(20)));
    }

    [Fact]
    public void The_schema_takes_an_action_exactly_when_the_record_does_for_every_kind_and_members_set_or_left_out()
    {
        var root = JsonNode.Parse(File.ReadAllText(CommittedPath()))!.AsObject();
        foreach (var keyword in new[] { "type", "properties", "required", "additionalProperties" })
        {
            root.Remove(keyword);
        }

        root["$ref"] = "#/$defs/policyAction";
        var schema = JsonSchema.FromText(root.ToJsonString());
        var disagreements = new List<string>();
        foreach (var kind in Enum.GetValues<Actions.ActionKind>())
        {
            for (var set = 0; set < 16; set++)
            {
                var record = Accepts(() => _ = new Actions.PolicyAction(
                    kind,
                    (set & 1) != 0 ? "d" : null,
                    (set & 2) != 0 ? [new Identifiers.PartyId("p")] : default,
                    (set & 4) != 0 ? [new Identifiers.SanctionId("s")] : default,
                    (set & 8) != 0 ? ["i"] : default));

                // A member left out may be absent, null, or (an array) empty: the reader reads all three as absent.
                foreach (var leftOut in new JsonNode?[] { null, JsonValue.Create("absent"), new JsonArray() })
                {
                    var action = new JsonObject { ["kind"] = Domain.Serialization.Converters.SnakeCaseEnumConverter<Actions.ActionKind>.NameOf(kind).Value };
                    void Member(string name, int bit, JsonNode value, bool array)
                    {
                        if ((set & bit) != 0)
                        {
                            action[name] = value;
                        }
                        else if (leftOut is JsonArray && array)
                        {
                            action[name] = new JsonArray();
                        }
                        else if (leftOut is null)
                        {
                            action[name] = null;
                        }
                    }

                    Member("description", 1, "d", array: false);
                    Member("targets", 2, new JsonArray("p"), array: true);
                    Member("sanctions", 4, new JsonArray("s"), array: true);
                    Member("items", 8, new JsonArray("i"), array: true);
                    using var json = JsonDocument.Parse(action.ToJsonString());
                    if (schema.Evaluate(json.RootElement).IsValid != record)
                    {
                        disagreements.Add($"{action.ToJsonString()}: the record {(record ? "takes" : "refuses")} it");
                    }
                }
            }
        }

        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements.Take(10)));
    }

    private static bool Accepts(Action guard)
    {
        try
        {
            guard();
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static string Escaped(string value) => string.Concat(value.Select(c => $"\\u{(int)c:x4}"));

    private static JsonNode Definition(string name) => JsonNode.Parse(File.ReadAllText(CommittedPath()))!["$defs"]![name]!;

    private static void AssertValid(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Take(10).Select(d => $"{d.InstanceLocation}: {string.Join("; ", d.Errors!.Values)}")));
    }

    private static string CommittedPath([CallerFilePath] string path = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "../../../src/Negotiation.Domain/Serialization/negotiation.schema.json"));
}
