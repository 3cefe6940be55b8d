using System.Text;
using Negotiation.Domain.Bargaining;
using Negotiation.Domain.Bargaining.Formats;
using Negotiation.Domain.Identifiers;
using static Negotiation.Domain.Tests.Bargaining.ImportFixtures;

namespace Negotiation.Domain.Tests.Bargaining;

/// <summary>
/// Random edits of the fixtures never make an importer throw: each gives a domain or a typed error, and a domain it
/// gives keeps the bargaining rules (the analysis finds nothing to refuse in it).
/// </summary>
public class ImportMutationTests
{
    private const int Rounds = 1_500;

    [Fact]
    public void Edited_GENIUS_files_give_a_domain_that_keeps_the_rules_or_a_typed_error()
    {
        var random = new Random(16);
        var files = new[] { GeniusDomain, GeniusUs, GeniusCn }.Select(name => Encoding.UTF8.GetBytes(Text(name))).ToArray();
        var outcomes = new Dictionary<string, int>();
        for (var round = 0; round < Rounds; round++)
        {
            var edited = files.ToArray();
            var which = random.Next(files.Length);
            edited[which] = Mutate(random, files[which], "<>/=\"&;!-[] \n0.19eE");

            var result = GeniusXml.Import(Stream(edited[0]), [(Us, Stream(edited[1])), (Cn, Stream(edited[2]))]);

            var outcome = result.Match(domain => KeepsTheRules(domain, round), error => error.Code);
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        Assert.True(outcomes.Count >= 8, string.Join(", ", outcomes.Select(o => $"{o.Key}: {o.Value}")));
    }

    [Fact]
    public void Edited_GeniusWeb_files_give_a_domain_that_keeps_the_rules_or_a_typed_error()
    {
        var random = new Random(17);
        var files = new[] { WebUs, WebCn }.Select(name => Encoding.UTF8.GetBytes(Text(name))).ToArray();
        var outcomes = new Dictionary<string, int>();
        for (var round = 0; round < Rounds; round++)
        {
            var edited = files.ToArray();
            var which = random.Next(files.Length);
            edited[which] = Mutate(random, files[which], "{}[]:,\"\\ -.019eEtn");

            var result = GeniusWebJson.Import([(Us, Stream(edited[0])), (Cn, Stream(edited[1]))]);

            var outcome = result.Match(domain => KeepsTheRules(domain, round), error => error.Code);
            outcomes[outcome] = outcomes.GetValueOrDefault(outcome) + 1;
        }

        Assert.True(outcomes.Count >= 8, string.Join(", ", outcomes.Select(o => $"{o.Key}: {o.Value}")));
    }

    private static string KeepsTheRules(BargainingDomain domain, int round)
    {
        var analysed = BargainingAnalysis.Analyse(domain, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(analysed.IsT0, $"round {round}: {analysed.Match(_ => string.Empty, f => f.ToString())}");
        return "imported";
    }

    /// <summary>One to three edits: a byte replaced (by one of <paramref name="alphabet"/>, or any byte), a run deleted, or one inserted.</summary>
    private static byte[] Mutate(Random random, byte[] bytes, string alphabet)
    {
        var edited = bytes.ToList();
        for (var n = random.Next(1, 4); n > 0 && edited.Count > 0; n--)
        {
            var at = random.Next(edited.Count);
            byte Pick() => random.Next(8) == 0 ? (byte)random.Next(256) : (byte)alphabet[random.Next(alphabet.Length)];
            switch (random.Next(3))
            {
                case 0:
                    edited[at] = Pick();
                    break;
                case 1:
                    edited.RemoveRange(at, Math.Min(random.Next(1, 12), edited.Count - at));
                    break;
                default:
                    edited.InsertRange(at, Enumerable.Range(0, random.Next(1, 4)).Select(_ => Pick()));
                    break;
            }
        }

        return [.. edited];
    }
}
