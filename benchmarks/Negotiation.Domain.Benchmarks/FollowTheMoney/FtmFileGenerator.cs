using System.Globalization;
using System.Text.Json;

namespace Negotiation.Domain.Benchmarks.FollowTheMoney;

/// <summary>
/// Makes an <c>entities.ftm.json</c> in OpenSanctions' shape, of a given size: persons and companies (targets, with
/// names, aliases, countries, identifiers, topics and OpenSanctions' metadata: caption, datasets, referents, first and
/// last seen), their addresses, positions and occupancies, and sanctions with provisions, dates and source addresses,
/// a third of them before their target. Invented names only. Deterministic; made once per size into the temp folder
/// (<c>negotiation-bench-ftm/entities-SIZE.ftm.json</c>) and reused.
/// </summary>
public static class FtmFileGenerator
{
    /// <summary>The size the benchmarks use: <c>NEGOTIATION_BENCH_FTM_BYTES</c> (bytes, or with a suffix: 64MB, 1GB), else 1 GB.</summary>
    public static long SizeFromEnvironment()
    {
        var text = Environment.GetEnvironmentVariable("NEGOTIATION_BENCH_FTM_BYTES");
        return string.IsNullOrWhiteSpace(text) ? 1L << 30 : ParseSize(text);
    }

    public static long ParseSize(string text)
    {
        text = text.Trim().ToUpperInvariant();
        var (number, factor) = text.EndsWith("GB", StringComparison.Ordinal) ? (text[..^2], 1L << 30)
            : text.EndsWith("MB", StringComparison.Ordinal) ? (text[..^2], 1L << 20)
            : text.EndsWith("KB", StringComparison.Ordinal) ? (text[..^2], 1L << 10)
            : (text, 1L);
        return (long)(double.Parse(number, CultureInfo.InvariantCulture) * factor);
    }

    /// <summary>The file of about <paramref name="bytes"/> bytes, made if it is not there yet.</summary>
    public static string Ensure(long bytes)
    {
        var folder = Path.Combine(Path.GetTempPath(), "negotiation-bench-ftm");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"entities-{bytes}.ftm.json");
        if (!File.Exists(path))
        {
            var partial = path + ".partial";
            using (var output = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
            {
                Write(output, bytes);
            }

            File.Move(partial, path, overwrite: true);
        }

        return path;
    }

    private static readonly string[] Countries = ["ru", "ir", "kp", "cn", "sy", "by", "ve", "mm", "cu", "ae", "tr", "zz", "suhh"];
    private static readonly string[] First = ["Ivan", "Olga", "Ali", "Mei", "Pavel", "Sara", "Omar", "Lena", "Jun", "Nadia"];
    private static readonly string[] Last = ["Example", "Sample", "Placeholder", "Testova", "Demoev", "Mockers", "Fictiv"];
    private static readonly string[] Words = ["Example", "Northern", "Golden", "Pacific", "United", "Global", "Silver", "Eastern"];
    private static readonly string[] Nouns = ["Trading", "Shipping", "Holdings", "Energy", "Minerals", "Logistics", "Bank", "Technology"];
    private static readonly string[] Provisions = ["Asset freeze", "Travel ban", "Arms embargo", "Export control (Entity List)", "Blocking of property and interests", "Prohibition of financial transactions"];

    /// <summary>Writes entities to <paramref name="output"/> until it holds at least <paramref name="bytes"/> bytes.</summary>
    public static void Write(Stream output, long bytes)
    {
        var random = new Random(20240601);
        var options = new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(1 << 16);
        var pendingSanctions = new List<Action<Utf8JsonWriter>>();
        for (var n = 0; output.Length < bytes; n++)
        {
            var person = n % 3 != 2;
            var id = $"NK-{n:x6}{(char)('A' + n % 26)}q{n % 7}";
            var country = Countries[random.Next(Countries.Length)];
            var sanctionId = $"ofac-{n:x8}";
            void Sanction(Utf8JsonWriter w) => Entity(w, sanctionId, "Sanction", null, [
                ("entity", [id]), ("authority", ["Office of Example Assets Control"]), ("country", ["us"]),
                ("program", [$"SDN: Example Program {n % 40}"]), ("provisions", [Provisions[n % Provisions.Length], Provisions[(n + 3) % Provisions.Length]]),
                ("listingDate", [$"{2005 + n % 19}-0{1 + n % 9}-1{n % 9}"]), ("startDate", [$"{2005 + n % 19}-0{1 + n % 9}-1{n % 9}T00:00:00"]),
                ("reason", ["Example reason: involvement in the trade of example goods on behalf of an example network."]),
                ("sourceUrl", [$"https://example.org/notices/{n % 5000}"]), ("authorityId", [$"EX-{n}"])]);

            // A third of the sanctions come before their target, as in the real exports' id order.
            if (n % 3 == 0)
            {
                Line(output, buffer, options, Sanction);
            }
            else
            {
                pendingSanctions.Add(Sanction);
            }

            var addressId = $"addr-{n:x8}";
            Line(output, buffer, options, w => Entity(w, addressId, "Address", null, [("full", [$"{n} Example Street, Example City"]), ("country", [country])]));
            if (person)
            {
                var name = $"{First[random.Next(First.Length)]} {Last[random.Next(Last.Length)]} {n}";
                Line(output, buffer, options, w => Entity(w, id, "Person", name, [
                    ("name", [name, name.ToUpperInvariant()]), ("alias", [$"{name[0]}. {name.Split(' ')[1]}"]), ("weakAlias", ["Example"]),
                    ("nationality", [country]), ("birthDate", [$"{1950 + n % 50}-0{1 + n % 9}-2{n % 9}"]), ("gender", ["male"]),
                    ("topics", ["sanction", "role.pep"]), ("position", ["Deputy Minister of Examples"]), ("addressEntity", [addressId]),
                    ("wikidataId", [$"Q{1000000 + n}"]), ("notes", ["Listed for the benchmark; the person does not exist."])]));
                if (n % 4 == 0)
                {
                    var positionId = $"pos-{n % 997}";
                    if (n < 997 * 4)
                    {
                        Line(output, buffer, options, w => Entity(w, positionId, "Position", "Deputy Minister of Examples", [("name", ["Deputy Minister of Examples"]), ("country", [country])]));
                    }

                    Line(output, buffer, options, w => Entity(w, $"occ-{n:x8}", "Occupancy", null, [("holder", [id]), ("post", [positionId]), ("startDate", ["2015"]), ("endDate", ["2019-06"])]));
                }
            }
            else
            {
                var name = $"{Words[random.Next(Words.Length)]} {Nouns[random.Next(Nouns.Length)]} {n} LLC";
                Line(output, buffer, options, w => Entity(w, id, "Company", name, [
                    ("name", [name]), ("alias", [name.Replace(" LLC", "", StringComparison.Ordinal)]), ("jurisdiction", [country]),
                    ("registrationNumber", [$"10277{n:D8}"]), ("innCode", [$"77{n:D8}"]), ("topics", ["sanction"]),
                    ("addressEntity", [addressId]), ("incorporationDate", [$"{1990 + n % 30}"]), ("sector", ["Trade"])]));
            }

            if (pendingSanctions.Count >= 64)
            {
                foreach (var pending in pendingSanctions)
                {
                    Line(output, buffer, options, pending);
                }

                pendingSanctions.Clear();
            }
        }

        foreach (var pending in pendingSanctions)
        {
            Line(output, buffer, options, pending);
        }
    }

    private static void Line(Stream output, System.Buffers.ArrayBufferWriter<byte> buffer, JsonWriterOptions options, Action<Utf8JsonWriter> write)
    {
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            write(writer);
        }

        output.Write(buffer.WrittenSpan);
        output.WriteByte((byte)'\n');
    }

    private static void Entity(Utf8JsonWriter w, string id, string schema, string? caption, (string Property, string[] Values)[] properties)
    {
        w.WriteStartObject();
        w.WriteString("id", id);
        w.WriteString("caption", caption ?? id);
        w.WriteString("schema", schema);
        w.WriteStartObject("properties");
        foreach (var (property, values) in properties)
        {
            w.WriteStartArray(property);
            foreach (var value in values)
            {
                w.WriteStringValue(value);
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
        w.WriteStartArray("referents");
        w.WriteStringValue("example-" + id);
        w.WriteEndArray();
        w.WriteStartArray("datasets");
        w.WriteStringValue("example_sanctions");
        w.WriteEndArray();
        w.WriteString("first_seen", "2021-03-04T10:00:00");
        w.WriteString("last_seen", "2024-05-06T10:00:00");
        w.WriteString("last_change", "2023-02-01T10:00:00");
        w.WriteBoolean("target", schema is "Person" or "Company");
        w.WriteEndObject();
    }
}
