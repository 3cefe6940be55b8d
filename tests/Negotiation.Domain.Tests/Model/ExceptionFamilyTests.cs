using System.Globalization;
using System.Reflection;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Tests.Model;

/// <summary>
/// Issue 12, item 8: misuse of any public call gives an <see cref="ArgumentException"/> (or a subtype) that names the
/// parameter; expected failures are values; nothing else escapes but the two exceptions made to be thrown
/// (<see cref="NegotiationJsonException"/> from <c>ReadOrThrow</c>, <see cref="OperationCanceledException"/> for a
/// cancelled token). <see cref="ApiProbe"/> says how every public member is called.
/// </summary>
public class ExceptionFamilyTests
{
    private static readonly Type[] PublicTypes = typeof(NegotiationDocument).Assembly.GetExportedTypes();

    // One run of the probe serves the tests below: it calls every public member a few thousand times.
    private static readonly Lazy<(ApiProbe Probe, List<string> Problems)> Probed = new(() =>
    {
        var probe = new ApiProbe();
        return (probe, probe.Run(PublicTypes));
    });

    /// <summary>
    /// The members that take or return a span, which reflection cannot call, each probed by hand with an empty span,
    /// a span of default items and a valid one. The list is held to the members the probe found, so a new one is not
    /// left out unseen.
    /// </summary>
    private static readonly Dictionary<string, Action<NegotiationDocument>> SpanProbes = new(StringComparer.Ordinal)
    {
        ["EquatableArray.Create(ReadOnlySpan<String>)"] = document =>
        {
            EquatableArray.Create<string>([]);
            EquatableArray.Create<string>([null!]);
            EquatableArray.Create(["a", "a"]);
        },
        ["EquatableArray<String>.AsSpan()"] = document =>
        {
            _ = default(EquatableArray<string>).AsSpan();
            _ = ((EquatableArray<string>)["a"]).AsSpan();
        },
        ["Attribution.Reported(ReadOnlySpan<SourceId>)"] = document => Sources(document, ids => Attribution.Reported(ids)),
        ["Attribution.Confirmed(ReadOnlySpan<SourceId>)"] = document => Sources(document, ids => Attribution.Confirmed(ids)),
        ["Attribution.Official(ReadOnlySpan<SourceId>)"] = document => Sources(document, ids => Attribution.Official(ids)),
        ["PartialDate.Explain(ReadOnlySpan<Char>)"] = document =>
        {
            Assert.NotNull(PartialDate.Explain([]));
            Assert.Null(PartialDate.Explain("2023-11"));
        },
        ["PartialDate.Parse(ReadOnlySpan<Char>, IFormatProvider)"] = document =>
        {
            Assert.Equal(new PartialDate(2023, 11), PartialDate.Parse("2023-11".AsSpan(), CultureInfo.InvariantCulture));

            // Text that is not a date is a FormatException, as from every .NET parser; TryParse and Explain are the
            // calls that do not throw. An empty span is such a text: a span cannot be null.
            Assert.Throws<FormatException>(() => PartialDate.Parse([], null));
        },
        ["PartialDate.TryParse(ReadOnlySpan<Char>, IFormatProvider, PartialDate&)"] = document =>
        {
            Assert.False(PartialDate.TryParse([], null, out _));
            Assert.True(PartialDate.TryParse("2023".AsSpan(), null, out _));
        },
        ["PartialDate.TryFormat(Span<Char>, Int32&, ReadOnlySpan<Char>, IFormatProvider)"] = document =>
        {
            Assert.False(new PartialDate(2023, 11, 15).TryFormat([], out _, [], null));
            Assert.True(default(PartialDate).TryFormat(new char[10], out _, [], null));
        },
        ["NegotiationJson.Read(ReadOnlySpan<Byte>, NegotiationJsonOptions)"] = document =>
        {
            Assert.True(NegotiationJson.Read(ReadOnlySpan<byte>.Empty).IsT1);
            Assert.True(NegotiationJson.Read(System.Text.Encoding.UTF8.GetBytes(NegotiationJson.Write(document)).AsSpan()).IsT0);
        },
        ["NegotiationJson.ReadOrThrow(ReadOnlySpan<Byte>, NegotiationJsonOptions)"] = document =>
        {
            Assert.Throws<NegotiationJsonException>(() => NegotiationJson.ReadOrThrow(ReadOnlySpan<byte>.Empty));
            Assert.Equal(document, NegotiationJson.ReadOrThrow(System.Text.Encoding.UTF8.GetBytes(NegotiationJson.Write(document)).AsSpan()));
        },
    };

    [Fact]
    public void Every_public_call_misused_throws_an_argument_exception_naming_a_parameter_or_nothing()
    {
        var (probe, problems) = Probed.Value;
        Assert.True(probe.Calls > 3000, $"only {probe.Calls} calls were made");
        Assert.True(problems.Count == 0, $"{problems.Count} calls threw outside the family:\n{string.Join("\n", problems.Take(60))}");
    }

    [Fact]
    public void Every_member_that_takes_or_returns_a_span_is_probed_by_hand()
    {
        var (probe, _) = Probed.Value;
        Assert.Equal(SpanProbes.Keys.Order(StringComparer.Ordinal), probe.SpanMembers.Keys);
        var problems = new List<string>();
        foreach (var (signature, call) in SpanProbes)
        {
            try
            {
                call(probe.Document);
            }
            catch (Exception thrown) when (thrown is not Xunit.Sdk.XunitException)
            {
                if (ApiProbe.Judge(thrown, probe.SpanMembers[signature], []) is { } problem)
                {
                    problems.Add($"{signature}: {problem}");
                }
            }
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void The_probe_reports_every_exception_outside_the_family_and_no_other()
    {
        var problems = new ApiProbe().Run([typeof(Misbehaving)]);
        var members = problems.Select(p => p[..p.IndexOf('(', StringComparison.Ordinal)]).Distinct().Order(StringComparer.Ordinal);
        Assert.Equal(
            ["Misbehaving.At", "Misbehaving.Find", "Misbehaving.Length", "Misbehaving.Misnamed", "Misbehaving.Parse"],
            members);
        Assert.Contains(problems, p => p.Contains("IndexOutOfRangeException", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("KeyNotFoundException", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("NullReferenceException", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("names 'index', not one of (count)", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("FormatException", StringComparison.Ordinal));
    }

    private static void Sources(NegotiationDocument document, Func<SourceId[], Attribution> make)
    {
        var source = document.Sources[0].Id;
        SourceId[][] cases = [[], [default], [source, source], [source]];
        foreach (var ids in cases)
        {
            try
            {
                make(ids);
            }
            catch (ArgumentException refused) when (string.Equals(refused.ParamName, "sources", StringComparison.OrdinalIgnoreCase))
            {
            }
        }
    }

    /// <summary>Members that break the rules in each way the probe must see, and one that keeps them.</summary>
    public static class Misbehaving
    {
        public static int At(int index)
        {
            int[] one = [1];
            return one[index];
        }

        public static int Find(PartyId id) => new Dictionary<PartyId, int> { [new PartyId("us")] = 1 }[id];

        public static int Length(string text) => text.Length;

        public static void Misnamed(int count) => ArgumentOutOfRangeException.ThrowIfNegative(count, "index");

        public static int Parse(string text) => int.Parse(text, CultureInfo.InvariantCulture);

        public static int Careful(string text)
        {
            ArgumentNullException.ThrowIfNull(text);
            return text.Length;
        }
    }
}
