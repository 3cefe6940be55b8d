using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Negotiation.Domain.Interop.Plover;

namespace Negotiation.Domain.Interop.Tests.Plover;

/// <summary>The shipped JSON Schema of the PLOVER records: every record of every seed conforms, and it refuses what is not a record.</summary>
public class PloverSchemaTests
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(PloverExport.Schema));

    private static string Problems(JsonElement record)
    {
        var result = Schema.Value.Evaluate(record, new EvaluationOptions { OutputFormat = OutputFormat.List });
        return result.IsValid ? "" : string.Join("; ", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Select(d => $"{d.InstanceLocation}: {string.Join(", ", d.Errors!.Values)}"));
    }

    private static string[] Lines(string name) => PloverExport.WriteToString(PloverSeeds.Read(name)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Theory]
    [MemberData(nameof(PloverSeeds.Names), MemberType = typeof(PloverSeeds))]
    public void Every_record_of_every_seed_conforms_to_the_schema(string seed)
    {
        var lines = Lines(seed);
        Assert.True(lines.Length >= 10, $"{seed}: only {lines.Length} records");
        foreach (var line in lines)
        {
            using var record = JsonDocument.Parse(line);
            Assert.Equal("", Problems(record.RootElement));
        }
    }

    [Fact]
    public void The_records_of_an_export_have_distinct_ids()
    {
        foreach (var seed in PloverSeeds.Names)
        {
            var ids = PloverExport.Export(PloverSeeds.Read(seed)).Records.Select(r => r.Id).ToList();
            Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Theory]
    [InlineData("actor", null)] // required
    [InlineData("date", "\"2023-11\"")] // a full day only
    [InlineData("event", "[\"DEMAND\"]")] // not a PLOVER category
    [InlineData("mode", "[\"sanctions\"]")] // not a PLOVER mode
    [InlineData("quad_code", "5")]
    [InlineData("event_scale", "11")]
    [InlineData("date_precision", "\"week\"")]
    [InlineData("source_record", "\"party:us\"")] // parties are not exported as records
    [InlineData("unknown_field", "1")] // no field of our own that the schema does not describe
    public void The_schema_refuses_a_record_that_breaks_it(string property, string? json)
    {
        var line = Lines(PloverSeeds.UsChina)[0];
        var record = JsonNode.Parse(line)!.AsObject();
        using (var valid = JsonDocument.Parse(line))
        {
            Assert.Equal("", Problems(valid.RootElement));
        }

        record.Remove(property);
        if (json is not null)
        {
            record[property] = JsonNode.Parse(json);
        }

        using var broken = JsonDocument.Parse(record.ToJsonString());
        Assert.NotEqual("", Problems(broken.RootElement));
    }

    [Fact]
    public void The_schema_refuses_an_entity_with_a_two_letter_code()
    {
        var record = JsonNode.Parse(Lines(PloverSeeds.UsChina)[0])!.AsObject();
        record["actor"]![0]!["code"] = "US";
        using var broken = JsonDocument.Parse(record.ToJsonString());
        Assert.NotEqual("", Problems(broken.RootElement));
    }

    [Fact]
    public void The_shipped_schema_is_draft_2020_12_and_is_the_file_packed()
    {
        using var schema = JsonDocument.Parse(PloverExport.Schema);
        Assert.Equal("https://json-schema.org/draft/2020-12/schema", schema.RootElement.GetProperty("$schema").GetString());
        Assert.Equal(File.ReadAllText(SourcePath()), PloverExport.Schema);
    }

    [Fact]
    public void Each_record_is_one_line_of_utf8_json_ending_with_a_newline()
    {
        using var buffer = new MemoryStream();
        var result = PloverExport.Write(PloverSeeds.Read(PloverSeeds.UsChina), buffer);
        var text = Encoding.UTF8.GetString(buffer.ToArray());
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        Assert.Equal(result.Records.Count, text.Count(c => c == '\n'));
        Assert.Contains("Biden–Xi", text, StringComparison.Ordinal); // not escaped as \u2013
    }

    private static string SourcePath([CallerFilePath] string here = "")
        => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "..", "src", "Negotiation.Domain.Interop", "Plover", "plover.schema.json"));
}
