using System.Text;
using Negotiation.Domain.Bargaining;
using Negotiation.Domain.Identifiers;

namespace Negotiation.Domain.Tests.Bargaining;

/// <summary>
/// The GENIUS and GeniusWeb files of <c>Fixtures/</c> (our own small domain: the November 2023 US–China deal as four
/// issues), and the domain they hold, written out by hand.
/// </summary>
internal static class ImportFixtures
{
    public const string GeniusDomain = "fentanyl-domain.xml";
    public const string GeniusUs = "fentanyl-us.xml";
    public const string GeniusCn = "fentanyl-cn.xml";
    public const string WebUs = "fentanyl-us.json";
    public const string WebCn = "fentanyl-cn.json";

    public static readonly PartyId Us = new("us");
    public static readonly PartyId Cn = new("cn");

    public static Stream Open(string name)
        => typeof(ImportFixtures).Assembly.GetManifestResourceStream("bargaining/" + name) ?? throw new InvalidOperationException($"no fixture {name}");

    public static string Text(string name)
    {
        using var reader = new StreamReader(Open(name), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public static MemoryStream Stream(string text) => new(Encoding.UTF8.GetBytes(text));

    public static MemoryStream Stream(byte[] bytes) => new(bytes);

    /// <summary>
    /// The fixtures' domain, by hand: the issue ids made from the names, the options in file order, the integer issue
    /// 0 to 3 as four options; GENIUS evaluations divided by each issue's largest (US crackdown 0, 5, 8 is 0, 0.625, 1).
    /// </summary>
    public static BargainingDomain Expected(bool geniusWeb)
    {
        NegotiableIssue Issue(string id, params string[] labels) => new(new IssueId(id), [.. labels.Select(l => new BargainingOption(l))]);
        IssuePreference Preference(string id, decimal weight, params decimal[] values) => new(new IssueId(id), weight, [.. values]);

        var us = new PartyPreferences(Us,
        [
            Preference("sanction-on-the-institute", 0.3m, 1m, 0.6m, 0.2m),
            Preference("crackdown-scope", 0.4m, 0m, 0.625m, 1m),
            Preference("military-channel", 0.2m, 0m, 0.75m, 1m),
            Preference("working-group-meetings-a-year", 0.1m, 0.25m, 0.5m, 0.75m, 1m),
        ]);
        var cn = new PartyPreferences(Cn,
        [
            Preference("sanction-on-the-institute", 0.45m, 0m, 0.4m, 1m),
            Preference("crackdown-scope", 0.25m, 1m, 0.6m, 0.1m),
            Preference("military-channel", 0.2m, 0.4m, 1m, 0.8m),
            Preference("working-group-meetings-a-year", 0.1m, 0.8m, 0.6m, 0.4m, 0.2m),
        ]);
        if (geniusWeb)
        {
            us = us with { ReservationOutcome = ["suspend listing", "named exporters", "closed", "0"] };
            cn = cn with { ReservationOutcome = ["keep listing", "none", "hotline only", "1"] };
        }
        else
        {
            us = us with { ReservationValue = 0.35m, Discount = 0.9m };
            cn = cn with { ReservationValue = 0.3m }; // discount_factor 0: none
        }

        return new BargainingDomain(
            [
                Issue("sanction-on-the-institute", "keep listing", "suspend listing", "lift listing"),
                Issue("crackdown-scope", "none", "named exporters", "all precursor exporters"),
                Issue("military-channel", "closed", "hotline only", "regular talks"),
                Issue("working-group-meetings-a-year", "0", "1", "2", "3"),
            ],
            [us, cn]);
    }
}
