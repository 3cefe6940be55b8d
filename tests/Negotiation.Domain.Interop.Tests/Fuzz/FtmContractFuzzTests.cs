#pragma warning disable
using System.Text;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Interop.FollowTheMoney;
using Negotiation.Domain.Interop.Imports;
using Negotiation.Domain.Interop.Tests.Csv;
using Negotiation.Domain.Interop.Tests.FollowTheMoney;

namespace Negotiation.Domain.Interop.Tests.Fuzz;

/// <summary>Suspicious FollowTheMoney inputs: only <see cref="ImportException"/> may escape the import or the gathering.</summary>
public sealed class FtmContractFuzzTests
{
    // A JSON string with every character outside printable ASCII escaped (\uXXXX), as JsonSerializer writes it.
    private static string J(string s)
    {
        var b = new StringBuilder("\"");
        foreach (var c in s)
        {
            b.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when c < ' ' || c > '~' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return b.Append('"').ToString();
    }

    // A JSON string with raw UTF-8 characters: only what JSON requires is escaped.
    private static string R(string s)
    {
        var b = new StringBuilder("\"");
        foreach (var c in s)
        {
            b.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                _ when c < ' ' => $"\\u{(int)c:X4}",
                _ => c.ToString(),
            });
        }

        return b.Append('"').ToString();
    }

    private static string L(params string[] values) => "[" + string.Join(",", values.Select(J)) + "]";

    private static string E(string idJson, string schema, string props, string extra = "") => "{\"id\":" + idJson + ",\"schema\":\"" + schema + "\",\"properties\":{" + props + "}" + extra + "}";

    private static string Ent(string id, string schema, string props, string extra = "") => E(J(id), schema, props, extra);

    private static string Lines(params string[] lines) => string.Join("\n", lines) + "\n";

    private const string P = "\"name\":[\"Example Person\"]";
    private static readonly string Person = Ent("p", "Person", P);

    private static string Sanction(string id, string props) => Ent(id, "Sanction", "\"entity\":[\"p\"],\"country\":[\"us\"]," + props);

    public static readonly Dictionary<string, (FtmFormat Format, byte[] Bytes)> Cases = Build();

    private static Dictionary<string, (FtmFormat, byte[])> Build()
    {
        var d = new Dictionary<string, (FtmFormat, byte[])>();
        void T(string name, string text, FtmFormat format = FtmFormat.Entities) => d[name] = (format, Encoding.UTF8.GetBytes(text));
        void B(string name, byte[] bytes, FtmFormat format = FtmFormat.Entities) => d[name] = (format, bytes);

        // ---- ids that are not names ----
        foreach (var (label, id) in new[]
        {
            ("blank", " "), ("tab", "a\tb"), ("newline", "a\nb"), ("NUL", "a\0b"), ("RTL override", "a\u202Eb"), ("LRI", "\u2066x"),
            ("ZWSP only", "\u200B"), ("soft hyphen only", "\u00AD"), ("NEL C1", "a\u0085b"), ("BOM char", "\uFEFF"), ("501 chars", new string('i', 501)),
            ("100k chars", new string('i', 100_000)), ("DEL", "a\u007Fb"), ("line separator", "a\u2028b"), ("astral", "\U0001F600"),
        })
        {
            T($"person id {label} (escaped)", Lines(Ent(id, "Person", P)));
            if (!id.Any(c => c < ' '))
            {
                T($"person id {label} (raw)", Lines(E(R(id), "Person", P)));
            }

            T($"organization id {label}", Lines(Ent(id, "Organization", "\"name\":[\"Example Co\"]")));
            T($"public body id {label}", Lines(Ent(id, "PublicBody", "\"name\":[\"Example Ministry\"],\"country\":[\"us\"]")));
            T($"state id {label}", Lines(Ent(id, "PublicBody", "\"name\":[\"Example State\"],\"country\":[\"fr\"],\"topics\":[\"gov.national\"]")));
            T($"sanction id {label}", Lines(Person, Ent(id, "Sanction", "\"entity\":[\"p\"],\"country\":[\"us\"]")));
            T($"statement id {label}", "canonical_id,prop,schema,value\n\"" + id.Replace("\"", "\"\"") + "\",name,Person,Example\n", FtmFormat.Statements);
            T($"nested id {label}", Lines(E(J("t"), "Person", P + ",\"sanctions\":[" + Ent(id, "Sanction", "\"country\":[\"us\"]") + "]")), FtmFormat.NestedTargets);
        }

        // ---- the sanction's reasons joined past 20 000 characters ----
        T("two reasons of 15000 characters", Lines(Person, Sanction("s", "\"reason\":" + L(new string('r', 15_000), new string('s', 15_000)))));
        T("three reasons of 7000 characters", Lines(Person, Sanction("s", "\"reason\":" + L(new string('r', 7_000), new string('s', 7_000), new string('t', 7_000)))));
        T("a reason of 20000 and one of 1", Lines(Person, Sanction("s", "\"reason\":" + L(new string('r', 20_000), "x"))));

        // ---- made parties whose ids collide with an entity's ----
        var madeState = Slug.From("ftm state US");
        T("a public body with the id of the state the import makes", Lines(Ent(madeState, "PublicBody", "\"name\":[\"Example Ministry\"],\"country\":[\"us\"]")));
        T("a person with the id of the state the import makes", Lines(Ent(madeState, "Person", P), Ent("b", "PublicBody", "\"name\":[\"Example Ministry\"],\"country\":[\"us\"]")));
        var madeAuthority = Slug.From("ftm authority US OFAC");
        T("a state with the id of the authority body the import makes", Lines(
            Ent(madeAuthority, "PublicBody", "\"name\":[\"United States\"],\"country\":[\"us\"],\"topics\":[\"gov.national\"]"),
            Person,
            Sanction("s", "\"authority\":[\"OFAC\"]")));
        var madeOrg = Slug.From("ftm authority OFAC");
        T("a person with the id of the authority organization the import makes", Lines(Ent(madeOrg, "Person", P), Ent("s", "Sanction", "\"entity\":[\"" + madeOrg + "\"],\"authority\":[\"OFAC\"]")));
        var slugOfB = Slug.From("B");
        T("a body whose parent's id slugs to its own", Lines(
            Ent(slugOfB, "PublicBody", "\"name\":[\"Example State\"],\"country\":[\"us\"],\"topics\":[\"gov.national\"]"),
            Ent("B", "PublicBody", "\"name\":[\"Example Ministry\"],\"parent\":[\"" + slugOfB + "\"]")));
        T("a body whose country's state slugs to its own id", Lines(
            Ent("B", "PublicBody", "\"name\":[\"Example State\"],\"country\":[\"us\"],\"topics\":[\"gov.national\"]"),
            Ent(slugOfB, "PublicBody", "\"name\":[\"Example Ministry\"],\"country\":[\"us\"]")));
        T("an organization whose parent's id slugs to its own", Lines(
            Ent(slugOfB, "Organization", "\"name\":[\"Example Co\"]"),
            Ent("B", "Organization", "\"name\":[\"Example Sub\"],\"parent\":[\"" + slugOfB + "\"]")));
        T("ids that differ only in case", Lines(Ent("Abc", "Person", P), Ent("abc", "Person", P), Ent("ABC", "Person", P)));
        T("ids that slug alike", Lines(Ent("a b", "Person", P), Ent("a-b", "Person", P), Ent("a_b", "Person", P), Ent("A B", "Person", P), Ent("á b", "Person", P)));
        T("a body that is its own parent", Lines(Ent("b", "PublicBody", "\"name\":[\"Example Ministry\"],\"parent\":[\"b\"],\"country\":[\"us\"]")));
        T("two bodies parents of each other", Lines(
            Ent("b1", "PublicBody", "\"name\":[\"Example Ministry\"],\"parent\":[\"b2\"]"),
            Ent("b2", "PublicBody", "\"name\":[\"Example Agency\"],\"parent\":[\"b1\"]")));
        T("a sanction that targets its authority", Lines(Ent("st", "PublicBody", "\"name\":[\"United States\"],\"country\":[\"us\"],\"topics\":[\"gov.national\"]"), Ent("s", "Sanction", "\"entity\":[\"st\"],\"country\":[\"us\"]")));

        // ---- dates ----
        foreach (var (start, end, listing, status) in new[]
        {
            ("0000", "9999-12-31T25:61", "0000-00-00", "lifted"),
            ("9999-12-31T25:61", "0001", "2020-02-30", "expired"),
            ("9999", "0001-01-01", "9999-12-31", "lifted"),
            ("2020-05-31", "2020-05", "2020-06", "lifted"),
            ("2020-05", "2020-05-01", "2020-05-31", "proposed"),
            ("-001", "+2020", "2020-13", "suspended"),
            ("2020-02-29", "2019-02-29", "1900-02-29", "waived"),
            (" 2020 ", "2020\t", "2020-01-01 ", " active "),
            ("2020-01-01T", "2020-01-01 00:00", "2020-01-01Z", "LIFTED"),
            ("２０２０", "٢٠٢٠", "2020-0١", "İnactive"),
            ("9999-12-31", "9999-12-31", "9999", "removed"),
            ("0001-01-01", "0001", "0001-01", "ended"),
        })
        {
            T($"sanction dates {start} / {end} / {listing} / {status}", Lines(Person, Sanction("s", $"\"startDate\":{L(start, "2019")},\"endDate\":{L(end, "2018")},\"listingDate\":{L(listing)},\"status\":{L(status)}")));
            T($"occupancy dates {start} / {end}", Lines(
                Ent("pos", "Position", "\"name\":[\"Minister\"],\"organization\":[\"org\"]"),
                Ent("org", "Organization", "\"name\":[\"Example Co\"]"),
                Ent("occ", "Occupancy", $"\"holder\":[\"p\"],\"post\":[\"pos\"],\"startDate\":{L(start)},\"endDate\":{L(end)}"),
                Person));
        }

        // ---- web addresses ----
        var urls = new[]
        {
            "http://a b", "https://user@example.com/", "http://example.com/%zz", "HTTP://EXAMPLE.COM/", "http://[::1]/", "http://example.com:99999/",
            "http://example.com/\u00e9", "https://" + new string('a', 70_000) + ".com", "http://-a.com", "http://a..b/", "file:///etc/passwd", "javascript:alert(1)",
            "http:///x", "http://example.com#a#b", "https://bücher.de/", "http://1.2.3.4/", "http://example.com:/", "https://example.com/\u202Egpj.exe",
            "https://example.com/" + new string('x', 2100), "http://a/" + new string('%', 10), "https://ex.com/a\tb", "https://ex.com/\\", "http://ex.com?x=\"",
            "https://example.com/", "https://example.com", "  https://example.com/  ",
        };
        T("a sanction with odd source addresses", Lines(Person, Sanction("s", "\"sourceUrl\":" + L(urls))));
        T("a sanction with odd source addresses and no publisher", Lines(Person, Ent("s", "Sanction", "\"entity\":[\"p\"],\"country\":[\"us\"],\"sourceUrl\":" + L(urls))));
        T("a sanction with odd source addresses and a publisher", Lines(Person, Sanction("s", "\"publisher\":[\"\u202E\"],\"sourceUrl\":" + L(urls))));
        T("two sanctions sharing source addresses that slug alike", Lines(Person, Sanction("s1", "\"sourceUrl\":" + L("https://example.com/a-b", "https://example.com/a_b", "https://EXAMPLE.com/a-b")), Sanction("s2", "\"sourceUrl\":" + L("https://example.com/a_b", "https://example.com/a-b"))));

        // ---- odd values in every mapped property ----
        var odd = new[] { "", " ", "\u202E", "\t", "a\nb", "\0", "\u00AD", new string('n', 501), new string('n', 20_001), "\u0085", "1", "-1", "1,2", "0x10", "other", "OTHER", "\uFEFF" };
        var props = new[] { "name", "alias", "weakAlias", "previousName", "description", "nationality", "citizenship", "country", "position", "classification", "parent", "wikidataId", "leiCode", "registrationNumber", "innCode", "ogrnCode", "swiftBic", "imoNumber", "topics", "mainCountry", "jurisdiction", "addressEntity" };
        var oddList = L(odd);
        foreach (var schema in new[] { "Person", "Organization", "Company", "LegalEntity", "PublicBody" })
        {
            T($"{schema} with odd values everywhere", Lines(Ent("x", schema, "\"name\":[\"Example\"]," + string.Join(",", props.Where(p => p != "name").Select(p => J(p) + ":" + oddList)))));
            T($"{schema} with only odd names", Lines(Ent("x", schema, "\"name\":" + oddList)));
            T($"{schema} with a caption not among its names", Lines(Ent("x", schema, "\"name\":[\"A\"]", ",\"caption\":" + J("\u202E"))));
        }

        var sanctionProps = new[] { "authority", "country", "program", "reason", "summary", "description", "provisions", "status", "authorityId", "unscId", "publisher" };
        T("a sanction with odd values everywhere", Lines(Person, Ent("s", "Sanction", "\"entity\":[\"p\"]," + string.Join(",", sanctionProps.Select(p => J(p) + ":" + oddList)))));
        T("a sanction with odd targets", Lines(Person, Ent("s", "Sanction", "\"entity\":" + L("p", "p", "P", " p", "", "s", "\u202E"), ",\"caption\":\"x\"") + "\n" + Ent("s2", "Sanction", "\"entity\":[\"s\"],\"country\":[\"us\"]")));
        T("a sanction with 5000 provisions", Lines(Person, Sanction("s", "\"provisions\":" + L(Enumerable.Range(0, 5000).Select(i => "p" + i).ToArray()))));
        T("occupancies with odd holders and posts", Lines(
            Ent("pos", "Position", "\"name\":" + oddList + ",\"organization\":" + oddList),
            Ent("occ", "Occupancy", "\"holder\":" + L("p", "pos", "occ", "") + ",\"post\":" + L("pos", "p")),
            Ent("occ2", "Occupancy", "\"holder\":[\"pos\"],\"post\":[\"pos\"]"),
            Person));
        T("an address with a country, referenced by an organization", Lines(Ent("addr", "Address", "\"country\":[\"us\",\"fr\"]"), Ent("o", "Organization", "\"name\":[\"Example\"],\"addressEntity\":[\"addr\",\"addr\",\"nope\"]")));
        T("many values", Lines(Ent("p", "Person", "\"name\":" + L(Enumerable.Range(0, 20_000).Select(i => "N" + i).ToArray()))));
        T("many properties", Lines(Ent("p", "Person", P + "," + string.Join(",", Enumerable.Range(0, 5_000).Select(i => $"\"p{i}\":[\"v\"]")))));
        T("many distinct member names", Lines(Enumerable.Range(0, 5000).Select(i => Ent("p" + i, "Person", P, $",\"m{i}\":1")).ToArray()));
        T("escaped names of properties", Lines(Ent("p", "Person", "\"n\\u0061me\":[\"Example\"],\"\\u0000\":[\"x\"]")));
        T("escaped schema", Lines("{\"id\":\"p\",\"schema\":\"P\\u0065rson\",\"properties\":{\"name\":[\"A\"]}}"));
        T("escaped id referenced unescaped", Lines("{\"id\":\"\\u0070\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A\"]}}", Ent("s", "Sanction", "\"entity\":[\"p\"],\"country\":[\"us\"]")));
        T("an id with escaped non-ASCII referenced raw", Lines(E(J("é"), "Person", P), Ent("s", "Sanction", "\"entity\":[" + R("é") + "],\"country\":[\"us\"]")));
        T("members in odd order", Lines("{\"properties\":{\"name\":[\"A\"]},\"caption\":\"A\",\"schema\":\"Person\",\"id\":\"p\",\"datasets\":[]}"));
        T("caption null", Lines("{\"id\":\"p\",\"caption\":null,\"schema\":\"Person\",\"properties\":{\"name\":[\"A\"]}}"));
        T("empty properties", Lines("{\"id\":\"p\",\"caption\":\"A\",\"schema\":\"Person\",\"properties\":{}}"));
        T("properties with an empty list", Lines("{\"id\":\"p\",\"caption\":\"A\",\"schema\":\"Person\",\"properties\":{\"name\":[]}}"));

        // ---- nested targets ----
        T("a nested entity with the id of its holder", Lines(E(J("t"), "Person", P + ",\"sanctions\":[" + Ent("t", "Sanction", "\"country\":[\"us\"]") + "]")), FtmFormat.NestedTargets);
        T("a nested entity repeated on one line, different content", Lines(E(J("t"), "Person", P + ",\"sanctions\":[" + Ent("s", "Sanction", "\"country\":[\"us\"]") + "," + Ent("s", "Person", P) + "]")), FtmFormat.NestedTargets);
        T("a nested entity that is a top-level entity of a later line", Lines(
            E(J("t"), "Person", P + ",\"associates\":[" + Ent("q", "Person", "\"name\":[\"Q\"]") + "]"),
            Ent("q", "Person", "\"name\":[\"Q2\"]"),
            Ent("s", "Sanction", "\"entity\":[\"q\"],\"country\":[\"us\"]")), FtmFormat.NestedTargets);
        T("a line repeating a top-level id with an entity nested in it", Lines(
            Ent("t", "Person", P),
            E(J("t"), "Person", P + ",\"associates\":[" + Ent("q", "Person", "\"name\":[\"Q\"]") + "]"),
            Ent("s", "Sanction", "\"entity\":[\"q\"],\"country\":[\"us\"]")), FtmFormat.NestedTargets);
        T("nested forward references", Lines(E(J("t"), "Organization", "\"name\":[\"T\"],\"parent\":[" + Ent("par", "Organization", "\"name\":[\"Par\"]") + "],\"addressEntity\":[" + Ent("a", "Address", "\"country\":[\"us\"]") + "]")), FtmFormat.NestedTargets);
        T("nested with an odd property name", Lines(E(J("t"), "Person", P + ",\"\":[" + Ent("s", "Sanction", "\"country\":[\"us\"]") + "]")), FtmFormat.NestedTargets);
        var nest = Ent("leaf", "Sanction", "\"country\":[\"us\"],\"entity\":[\"n0\"]");
        for (var i = 0; i < 5; i++)
        {
            nest = "{\"id\":\"n" + i + "\",\"schema\":\"Person\",\"properties\":{\"name\":[\"N\"],\"sanctions\":[" + nest + "]}}";
        }

        T("nested five deep", Lines(nest), FtmFormat.NestedTargets);
        T("nested wide", Lines(E(J("t"), "Person", P + ",\"sanctions\":[" + string.Join(",", Enumerable.Range(0, 3000).Select(i => Ent("s" + i, "Sanction", "\"country\":[\"us\"]"))) + "]")), FtmFormat.NestedTargets);
        T("nested entities in entities format", Lines(E(J("t"), "Person", P + ",\"sanctions\":[" + Ent("s", "Sanction", "") + "]")));

        // ---- bytes and line ends ----
        var good = Lines(Person, Sanction("s", "\"program\":[\"X\"]"));
        B("a BOM", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(good)]);
        B("two BOMs", [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(good)]);
        B("only a BOM", [0xEF, 0xBB, 0xBF]);
        B("a BOM then blank lines", [0xEF, 0xBB, 0xBF, (byte)'\n', (byte)'\n']);
        T("CR-only line ends", good.Replace("\n", "\r"));
        T("CRLF line ends", good.Replace("\n", "\r\n"));
        T("CR CR LF", good.Replace("\n", "\r\r\n"));
        B("a NUL byte between lines", [.. Encoding.UTF8.GetBytes(Person), 0, (byte)'\n']);
        B("NUL bytes only", new byte[100]);
        B("0x1A at the end", [.. Encoding.UTF8.GetBytes(good), 0x1A]);
        B("Latin-1 bytes 0x80-0x9F", [.. Encoding.UTF8.GetBytes("{\"id\":\"p\",\"schema\":\"Person\",\"properties\":{\"name\":[\"A"), 0x85, 0x9F, .. Encoding.UTF8.GetBytes("\"]}}\n")]);
        B("overlong UTF-8", [.. Encoding.UTF8.GetBytes("{\"id\":\"p"), 0xC0, 0xAF, .. Encoding.UTF8.GetBytes("\",\"schema\":\"Person\"}\n")]);
        B("UTF-8 surrogate bytes", [.. Encoding.UTF8.GetBytes("{\"id\":\"p"), 0xED, 0xA0, 0x80, .. Encoding.UTF8.GetBytes("\",\"schema\":\"Person\"}\n")]);
        B("UTF-16", Encoding.Unicode.GetBytes("\uFEFF" + good));
        T("a tab-only line", "\t\n" + good);
        T("whitespace before the JSON", "   \t" + Person + "\n");
        T("a JSON comment", "/* x */" + Person + "\n");
        T("a trailing comma", Person[..^1] + ",}\n");
        T("a number id huge", "{\"id\":1e999999,\"schema\":\"Person\"}\n");
        T("a long number in metadata", Person[..^1] + ",\"n\":" + new string('9', 100_000) + "}\n");
        T("a line just under the limit", Lines(Ent("p", "Person", "\"name\":[\"A\"],\"notes\":[" + J(new string('x', 1024 * 1024 - 200)) + "]")));
        T("a line just over the limit", Lines(Ent("p", "Person", "\"name\":[\"A\"],\"notes\":[" + J(new string('x', 1024 * 1024 + 10)) + "]"), Person.Replace("\"p\"", "\"q\"")));

        // ---- statements ----
        const string H = "canonical_id,prop,schema,value\n";
        T("statements: CR-only", (H + "a,name,Person,A\nb,name,Person,B\n").Replace("\n", "\r"), FtmFormat.Statements);
        T("statements: BOM and CRLF", "\uFEFF" + (H + "a,name,Person,A\n").Replace("\n", "\r\n"), FtmFormat.Statements);
        T("statements: header with spaces and repeats", " canonical_id , prop,schema,value,value,canonical_id\na,name,Person,A,B,c\n", FtmFormat.Statements);
        T("statements: quotes in odd places", H + "a,name,Person,\"x\"y\n\"a\"\"b\",name,Person,A\na\"b,name,Person,A\n\"\",name,Person,A\n", FtmFormat.Statements);
        T("statements: a quoted line break", H + "a,name,Person,\"A\nB\"\na,alias,Person,\"\r\"\n", FtmFormat.Statements);
        T("statements: an open quote in the header", "canonical_id,\"prop,schema,value\na,name,Person,A\n", FtmFormat.Statements);
        T("statements: only the id statement", H + "a,id,Person,a\n", FtmFormat.Statements);
        T("statements: a schema that changes", H + "a,name,Person,A\na,name,Sanction,B\na,entity,Sanction,a\n", FtmFormat.Statements);
        T("statements: external", "canonical_id,prop,schema,value,external\na,name,Person,A,t\na,name,Person,B,\n", FtmFormat.Statements);
        T("statements: a sanction", H + "p,name,Person,A\ns,entity,Sanction,p\ns,country,Sanction,us\ns,reason,Sanction," + new string('r', 15000) + "\ns,reason,Sanction," + new string('q', 15000) + "\n", FtmFormat.Statements);
        T("statements: NUL and 0x1A in values", H + "a,name,Person,A\0B\na,alias,Person,\u001A\n", FtmFormat.Statements);
        T("statements: empty prop", H + "a,,Person,A\na,name,Person,A\n", FtmFormat.Statements);
        T("statements: ids that differ only in case", H + "a,name,Person,A\nA,name,Person,B\na,alias,Person,C\n", FtmFormat.Statements);
        T("statements: many columns", string.Join(",", Enumerable.Range(0, 10_000).Select(i => "c" + i)) + ",canonical_id,prop,schema,value\n" + new string(',', 10_000) + "a,name,Person,A\n", FtmFormat.Statements);
        T("statements: a row of many commas", H + new string(',', 200_000) + "\n", FtmFormat.Statements);
        return d;
    }

    public static TheoryData<string> Names => [.. Cases.Keys];

    [Theory(Timeout = 60_000)]
    [MemberData(nameof(Names))]
    public async Task Only_import_exceptions_escape(string name)
    {
        var (format, bytes) = Cases[name];
        var ct = TestContext.Current.CancellationToken;
        var findings = await ContractProbe.ProbeAsync("FtM " + format, name, o => FtmImport.ReadAsync(new MemoryStream(bytes), format, o, ct), ct, maxLineBytes: 1024 * 1024);
        findings.AddRange(await ContractProbe.ProbeAsync("FtM " + format + " (forward-only)", name, o => FtmImport.ReadAsync(new ForwardOnlyStream(bytes), format, o, ct), ct, gather: false, maxLineBytes: 1024 * 1024));
        Assert.True(findings.Count == 0, string.Join("\n", findings.Select(f => f.ToString()).Distinct()) + "\ninput: " + ImportContract.Printable(Encoding.UTF8.GetString(bytes), 400));
    }
}
