using Negotiation.Domain.Bargaining;
using Negotiation.Domain.Bargaining.Formats;
using Negotiation.Domain.Identifiers;
using static Negotiation.Domain.Tests.Bargaining.ImportFixtures;

namespace Negotiation.Domain.Tests.Bargaining;

/// <summary>
/// Export, then import, gives back the same domain: on the fixtures and on random domains, for GENIUS (exactly with raw
/// evaluations, and with the default division wherever each issue's largest value is 1 or 0) and for GeniusWeb; less
/// only what each format cannot hold.
/// </summary>
public class FormatRoundTripTests
{
    [Fact]
    public void The_GENIUS_fixture_round_trips_through_GENIUS_with_raw_evaluations()
    {
        var domain = Expected(geniusWeb: false);

        Assert.Equal(domain, ThroughGenius(domain, new GeniusImportOptions { RawEvaluations = true }));
    }

    [Fact]
    public void With_the_default_reading_only_issues_whose_largest_value_is_not_one_change()
    {
        var domain = Expected(geniusWeb: false);

        var back = ThroughGenius(domain, null);

        // China's meetings run 0.8 to 0.2: divided by 0.8 on the way back. Everything else has a largest value of 1.
        Assert.Equal([1m, 0.75m, 0.5m, 0.25m], back.Preferences[1].Issues[3].Values);
        Assert.Equal(domain, back with { Preferences = [back.Preferences[0], back.Preferences[1] with { Issues = [.. back.Preferences[1].Issues.Take(3), domain.Preferences[1].Issues[3]] }] });
    }

    [Fact]
    public void The_GeniusWeb_fixture_round_trips_through_GeniusWeb_and_its_reservation_outcomes_through_GENIUS_as_their_utilities()
    {
        var domain = Expected(geniusWeb: true);

        Assert.Equal(domain, ThroughGeniusWeb(domain));
        Assert.Equal(WithReservationValues(domain), ThroughGenius(domain, new GeniusImportOptions { RawEvaluations = true }));
    }

    [Theory]
    [InlineData(2, 0)]
    [InlineData(3, 1)]
    public void Random_domains_round_trip_through_both_formats(int parties, int seedBase)
    {
        for (var round = 0; round < 100; round++)
        {
            var domain = BargainingAnalysisTests.RandomDomain(new Random((seedBase * 1_000) + round), parties, maxOutcomes: 5_000);

            Assert.Equal(WithReservationValues(domain), ThroughGenius(domain, new GeniusImportOptions { RawEvaluations = true }));
            var topped = TopValuesAtOne(domain);
            Assert.Equal(WithReservationValues(topped), ThroughGenius(topped, null));
            Assert.Equal(WithoutReservationValues(domain), ThroughGeniusWeb(domain));
        }
    }

    private static BargainingDomain ThroughGenius(BargainingDomain domain, GeniusImportOptions? options)
    {
        var domainFile = new MemoryStream();
        GeniusXml.ExportDomain(domain, domainFile);
        domainFile.Position = 0;
        var profiles = domain.Preferences.Select(p =>
        {
            var file = new MemoryStream();
            GeniusXml.ExportProfile(domain, p.Party, file);
            file.Position = 0;
            return (p.Party, (Stream)file);
        }).ToList();

        return GeniusXml.Import(domainFile, profiles, options).Match(d => d, e => throw new InvalidOperationException(e.ToString()));
    }

    private static BargainingDomain ThroughGeniusWeb(BargainingDomain domain)
    {
        var profiles = domain.Preferences.Select(p =>
        {
            var file = new MemoryStream();
            GeniusWebJson.Export(domain, p.Party, file);
            file.Position = 0;
            return (p.Party, (Stream)file);
        }).ToList();

        return GeniusWebJson.Import(profiles).Match(d => d, e => throw new InvalidOperationException(e.ToString()));
    }

    /// <summary>What GENIUS holds of a reservation outcome: its utility, as a reservation value.</summary>
    private static BargainingDomain WithReservationValues(BargainingDomain domain)
        => domain with
        {
            Preferences = [.. domain.Preferences.Select(p => p.ReservationOutcome.IsEmpty ? p : p with
            {
                ReservationOutcome = default,
                ReservationValue = BruteForce.Utility(domain, p, domain.IndexesOf(p.ReservationOutcome)!),
            })],
        };

    /// <summary>What GeniusWeb holds of a reservation value: nothing.</summary>
    private static BargainingDomain WithoutReservationValues(BargainingDomain domain)
        => domain with { Preferences = [.. domain.Preferences.Select(p => p with { ReservationValue = null, Discount = null })] };

    /// <summary>Each party's values of each issue divided by their largest (all 0 stay 0): what GENIUS's division leaves alone.</summary>
    private static BargainingDomain TopValuesAtOne(BargainingDomain domain)
    {
        var topped = domain with
        {
            Preferences = [.. domain.Preferences.Select(p => p with
            {
                Issues = [.. p.Issues.Select(i => i.Values.Max() is var max && max == 0 ? i : i with { Values = [.. i.Values.Select(v => v / max)] })],
            })],
        };

        // A reservation value stays within what the new values allow, as the random one was within the old.
        return topped with { Preferences = [.. topped.Preferences.Select(p => p with { ReservationValue = p.ReservationValue is null ? null : Math.Min(p.ReservationValue.Value, 1_000m) })] };
    }
}
