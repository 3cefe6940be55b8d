using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Json.Schema;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Sources;
using Negotiation.Domain.Tests.Serialization;

namespace Negotiation.Domain.Tests.Model;

/// <summary>
/// A source's address is accepted by one rule (<see cref="WebAddress"/>) in the record, the reader and the JSON Schema:
/// the three agree on every address here and on thousands drawn at random, and every address accepted is an absolute
/// http or https <see cref="Uri"/> that keeps its text.
/// </summary>
public class WebAddressTests
{
    /// <summary>The schema of a source's <c>url</c>, as the committed schema has it.</summary>
    private static readonly Lazy<JsonSchema> UrlSchema = new(() =>
    {
        var url = JsonNode.Parse(NegotiationJson.Schema)!["$defs"]!["source"]!["properties"]!["url"]!.DeepClone().AsObject();
        url["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        return JsonSchema.FromText(url.ToJsonString());
    });

    [Theory]
    [InlineData("https://example.org")]
    [InlineData("http://example.org/")]
    [InlineData("https://EXAMPLE.org/News")]
    [InlineData("https://a/")]
    [InlineData("https://127.0.0.1:8080/x")]
    [InlineData("https://example.org:0/")]
    [InlineData("https://example.org:443/")]
    [InlineData("https://example.org:65535/")]
    [InlineData("https://xn--bcher-kva.de/")]
    [InlineData("https://my-site.example.org/a/b/../c;d=e?f=g&h=i%20j/k?l#m/n?o")]
    [InlineData("https://example.org/a?b=c&d=%C3%A9")]
    [InlineData("https://example.org/~user/(1)!$&'*+,;=:@._-")]
    [InlineData("https://example.org#")]
    [InlineData("https://example.org?")]
    [InlineData("https://example.org//double")]
    public void An_absolute_ascii_http_address_is_accepted_everywhere(string address)
    {
        Assert.Null(WebAddress.Explain(address));
        Assert.True(PassesTheSchema(address));
        Assert.True(NegotiationJson.Read(WithAddress(address)).IsT0);
        Assert.Equal(address, new Source(new SourceId("s"), "P", SourceType.News, url: new Uri(address)).Url!.OriginalString);
    }

    [Theory]
    [InlineData("HTTPS://example.org/", "must start with http:// or https:// in lower case")]
    [InlineData("Https://example.org/", "must start with http:// or https:// in lower case")]
    [InlineData("ftp://example.org/", "must be an absolute address that starts with http:// or https://")]
    [InlineData("javascript:alert(1)", "must be an absolute address that starts with http:// or https://")]
    [InlineData("/news/article", "must be an absolute address that starts with http:// or https://")]
    [InlineData("http:/example.org", "must be an absolute address that starts with http:// or https://")]
    [InlineData(" https://example.org/", "must be an absolute address that starts with http:// or https://")]
    [InlineData("https://", "must name a host after its //")]
    [InlineData("https:///path", "must name a host after its //")]
    [InlineData("https://:443/", "must name a host after its //")]
    [InlineData("https://user:password@example.org/", "must not have a user name or password before its host (user@host), which can make a link look like it goes elsewhere")]
    [InlineData("https://trusted.example@other.example/", "must not have a user name or password before its host (user@host), which can make a link look like it goes elsewhere")]
    [InlineData("https://@example.org/", "must not have a user name or password before its host (user@host), which can make a link look like it goes elsewhere")]
    [InlineData("https://bücher.de/", "the host must be")]
    [InlineData("https://exa mple.org/", "the host must be")]
    [InlineData("https://-example.org/", "the host must be")]
    [InlineData("https://example-.org/", "the host must be")]
    [InlineData("https://example..org/", "the host must be")]
    [InlineData("https://.example.org/", "the host must be")]
    [InlineData("https://example.org./", "the host must be")]
    [InlineData("https://a_b.example.org/", "the host must be")]
    [InlineData("https://[::1]/", "the host must be")]
    [InlineData("https://example.org:/", "has a port that is not a number from 0 to 65535")]
    [InlineData("https://example.org:65536/", "has a port that is not a number from 0 to 65535")]
    [InlineData("https://example.org:0443/", "has a port that is not a number from 0 to 65535")]
    [InlineData("https://example.org:http/", "has a port that is not a number from 0 to 65535")]
    [InlineData("https://example.org/a b", "has the character U+0020 at index 21, which a web address cannot hold as it is: percent-encode it")]
    [InlineData("https://example.org/Zürich", "has the character U+00FC at index 21")]
    [InlineData("https://example.org/a|b", "has the character '|' (U+007C) at index 21")]
    [InlineData("https://example.org/a\tb", "has the character U+0009 at index 21")]
    [InlineData("https://example.org/a\u202Eb", "has the character U+202E at index 21")]
    [InlineData("https://example.org/\n", "has the character U+000A at index 20")]
    [InlineData("https://example.org/ ", "has the character U+0020 at index 20")]
    [InlineData("https://example.org#a#b", "has the character '#' (U+0023) at index 21")]
    [InlineData("https://example.org/%zz", "has a '%' at index 20 that is not followed by two hexadecimal digits")]
    [InlineData("https://example.org/%4", "has a '%' at index 20 that is not followed by two hexadecimal digits")]
    [InlineData("https:\\\\example.org\\a", "must be an absolute address that starts with http:// or https://")]
    public void Any_other_address_is_refused_everywhere_saying_why(string address, string problem)
    {
        Assert.StartsWith(problem, WebAddress.Explain(address), StringComparison.Ordinal);
        Assert.False(PassesTheSchema(address));
        var error = NegotiationJson.Read(WithAddress(address)).AsT1;
        Assert.Equal((ErrorCodes.InvalidValue, "$.sources[0].url"), (error.Code, error.Path));
        Assert.Contains($"is not a web address this format accepts: it {problem}", error.Message, StringComparison.Ordinal);
        if (Uri.TryCreate(address, UriKind.RelativeOrAbsolute, out var uri))
        {
            var refused = Assert.Throws<ArgumentException>(() => new Source(new SourceId("s"), "P", SourceType.News, url: uri));
            Assert.Equal("Url", refused.ParamName);
            Assert.StartsWith($"url is not a web address this format accepts: it {problem}", refused.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_address_is_accepted_up_to_its_longest_and_a_host_label_up_to_63_characters()
    {
        var longest = "https://example.org/" + new string('a', WebAddress.MaxLength - 20);
        Assert.Null(WebAddress.Explain(longest));
        Assert.True(PassesTheSchema(longest));
        Assert.Equal("has 2049 characters; at most 2048 are accepted", WebAddress.Explain(longest + "a"));
        Assert.False(PassesTheSchema(longest + "a"));

        var label = new string('a', 63);
        Assert.Null(WebAddress.Explain($"https://{label}.org/"));
        Assert.True(PassesTheSchema($"https://{label}.org/"));
        Assert.NotNull(WebAddress.Explain($"https://{label}a.org/"));
        Assert.False(PassesTheSchema($"https://{label}a.org/"));

        // The longest host: as many labels of 63 as fit, which Uri takes too.
        var host = "https://" + string.Join(".", Enumerable.Repeat(label, (WebAddress.MaxLength - 8) / 64));
        Assert.Null(WebAddress.Explain(host));
        Assert.True(Uri.TryCreate(host, UriKind.Absolute, out _));
    }

    [Fact]
    public void The_rule_and_the_schema_agree_on_random_addresses_and_every_one_accepted_is_an_absolute_http_uri()
    {
        // Addresses drawn part by part, each part most often valid, so that about a third of them are addresses and the
        // rest fail in one part or several, of every kind.
        (string[] Valid, string[] Invalid) schemes = (["https://", "http://"], ["HTTP://", "https:/", "ftp://", "", "https://user@", "https://@"]);
        (string[] Valid, string[] Invalid) labels = (["a", "example", "org", "0", "a-b", "xn--bcher-kva", new string('b', 63)], ["-a", "b-", new string('c', 64), "", "ü", "_", " "]);
        (string[] Valid, string[] Invalid) ports = (["", "", ":443", ":0", ":65535"], [":65536", ":0443", ":", ":x"]);
        (string[] Valid, string[] Invalid) rest = (
            ["/", "/", "?", "#", "a", "Z", "9", "%41", "%e9", "~", "!", "$", "&", "'", "(", "*", "+", ",", ";", "=", ":", "@", ".", "-", "_"],
            ["%4", "%", " ", "\t", "\n", "é", "|", "\"", "<", "{", "`", "^", "[", "]", "\\", "\u202E", "\U0001F642"]);
        var accepted = 0;
        Gen.Int.Sample(seed =>
        {
            var random = new Random(seed);
            string Pick((string[] Valid, string[] Invalid) part)
            {
                var choices = random.Next(12) == 0 ? part.Invalid : part.Valid;
                return choices[random.Next(choices.Length)];
            }

            var host = string.Join(".", Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pick(labels)));
            var tail = string.Concat(Enumerable.Range(0, random.Next(0, 8)).Select(_ => Pick(rest)));
            var address = Pick(schemes) + host + Pick(ports) + (random.Next(4) == 0 ? string.Empty : "/") + tail;
            var problem = WebAddress.Explain(address);
            Assert.True((problem is null) == PassesTheSchema(address), $"'{address}': the rule says {problem ?? "it is an address"}; the schema {(PassesTheSchema(address) ? "passes" : "refuses")} it");
            if (problem is null)
            {
                Interlocked.Increment(ref accepted);
                Assert.True(Uri.TryCreate(address, UriKind.Absolute, out var uri), address);
                Assert.True(uri.Scheme is "http" or "https", address);
                Assert.Equal(address, uri.OriginalString);
            }
        }, iter: 5000);

        Assert.True(accepted > 1000, $"{accepted} accepted: the draws must reach valid addresses often");
    }

    private static bool PassesTheSchema(string address)
    {
        using var value = JsonDocument.Parse(JsonSerializer.Serialize(address));
        return UrlSchema.Value.Evaluate(value.RootElement).IsValid;
    }

    private static string WithAddress(string address) => JsonEdit.Set("$.sources[0].url", address);
}
