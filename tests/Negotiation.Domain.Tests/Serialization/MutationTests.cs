using System.Text;
using CsCheck;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>
/// Two thousand random byte edits of the seed's JSON, new ones each run, in two rounds of a thousand so that no test runs
/// long (CsCheck prints the seed of a failing one):
/// each must give a document or one typed error with a known code, a path, and a place inside the text; never another exception, never the catch-all error. A document that survives
/// its edits must round-trip too, and both serializers must agree on every edit. The second round reads under tight
/// limits (two errors listed, the seed's own size), so that the caps and their counts are fuzzed too.
/// </summary>
public class MutationTests
{
    private static readonly byte[] Seed = Encoding.UTF8.GetBytes(JsonEdit.Seed);

    private static readonly HashSet<string> KnownCodes = [.. ErrorCodes.All.Select(entry => entry.Code)];

    // Bytes that change the structure, besides any byte at all.
    private static readonly byte[] Significant = "{}[],:\"\\-0123456789.eEtrufalsn /*\n\t"u8.ToArray();

    /// <summary>One edit: replace, insert or delete a byte, or delete, repeat or move a run of bytes.</summary>
    private static readonly Gen<Func<byte[], byte[]>> Edit = Gen.OneOf(
        Gen.Select(Gen.Int.Positive, Gen.Byte, (at, value) => (Func<byte[], byte[]>)(input => Replace(input, at, value))),
        Gen.Select(Gen.Int.Positive, Gen.Int[0, Significant.Length - 1], (at, which) => (Func<byte[], byte[]>)(input => Replace(input, at, Significant[which]))),
        Gen.Select(Gen.Int.Positive, Gen.Int[0, Significant.Length - 1], (at, which) => (Func<byte[], byte[]>)(input => Insert(input, at, Significant[which]))),
        Gen.Select(Gen.Int.Positive, Gen.Int[1, 40], (at, length) => (Func<byte[], byte[]>)(input => Delete(input, at, length))),
        Gen.Select(Gen.Int.Positive, Gen.Int[1, 200], (at, length) => (Func<byte[], byte[]>)(input => Repeat(input, at, length))),
        Gen.Select(Gen.Int.Positive, Gen.Int.Positive, Gen.Int[1, 80], (from, to, length) => (Func<byte[], byte[]>)(input => Move(input, from, to, length))));

    private static readonly Gen<byte[]> Mutant = Edit.Array[1, 3].Select(edits => edits.Aggregate(Seed, (input, edit) => edit(input)));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Random_edits_of_the_seed_give_a_document_or_a_typed_error(int round)
    {
        Assert.InRange(round, 1, 2); // each round draws its own edits
        var options = round == 1 ? null : new NegotiationJsonOptions { MaxErrors = 2, MaxBytes = (int)Negotiation.Domain.Serialization.Reading.SignificantBytes.Count(Seed) };
        var documents = 0;
        var errors = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();

        Mutant.Sample(utf8 =>
        {
            var result = Serializers.Get(Serializers.SourceGenerated).Read(utf8, options);
            var oracle = MetadataOracle.TryRead(utf8);
            var overTightLimit = options is not null && result.IsT1 && result.AsT1.Code == ErrorCodes.TooLarge; // the oracle has no limits
            Assert.True(overTightLimit || result.IsT0 == oracle is not null);
            if (result.TryPickT0(out var document, out var error))
            {
                Assert.Equal(document, oracle);
                Assert.Equal(document, NegotiationJson.ReadOrThrow(NegotiationJson.Write(document)));
                Interlocked.Increment(ref documents);
                return;
            }

            Assert.Contains(error.Code, KnownCodes);
            Assert.StartsWith("$", error.Path, StringComparison.Ordinal);
            Assert.InRange(error.Line, 1, utf8.Count(b => b == '\n') + 1);
            Assert.InRange(error.Column, 1, utf8.Length + 1);
            Assert.False(string.IsNullOrWhiteSpace(error.Message));
            Assert.InRange(error.Errors.Count, 1, options?.MaxErrors ?? NegotiationJsonOptions.DefaultMaxErrors);
            Assert.True(error.OmittedErrorCount >= 0);
            Assert.All(error.Errors, e => Assert.DoesNotContain('\n', e.Message + e.Path)); // one error, one line
            errors.AddOrUpdate(error.Code, 1, (_, n) => n + 1);
        }, iter: 1000);

        // The edits must reach deep enough to be worth running: many kinds of error, and some survivors.
        Assert.True(errors.Count >= 8, string.Join(", ", errors.Select(e => $"{e.Key}: {e.Value}")));
        Assert.True(documents > 0);
    }

    private static byte[] Replace(byte[] input, int at, byte value)
    {
        if (input.Length == 0)
        {
            return input;
        }

        var output = (byte[])input.Clone();
        output[at % input.Length] = value;
        return output;
    }

    private static byte[] Insert(byte[] input, int at, byte value)
    {
        at %= input.Length + 1;
        return [.. input.AsSpan(0, at), value, .. input.AsSpan(at)];
    }

    private static byte[] Delete(byte[] input, int at, int length)
    {
        if (input.Length == 0)
        {
            return input;
        }

        at %= input.Length;
        length = Math.Min(length, input.Length - at);
        return [.. input.AsSpan(0, at), .. input.AsSpan(at + length)];
    }

    private static byte[] Repeat(byte[] input, int at, int length)
    {
        if (input.Length == 0)
        {
            return input;
        }

        at %= input.Length;
        length = Math.Min(length, input.Length - at);
        return [.. input.AsSpan(0, at + length), .. input.AsSpan(at, length), .. input.AsSpan(at + length)];
    }

    private static byte[] Move(byte[] input, int from, int to, int length)
    {
        var cut = Delete(input, from, length);
        if (input.Length == 0)
        {
            return input;
        }

        from %= input.Length;
        length = Math.Min(length, input.Length - from);
        to %= cut.Length + 1;
        return [.. cut.AsSpan(0, to), .. input.AsSpan(from, length), .. cut.AsSpan(to)];
    }
}
