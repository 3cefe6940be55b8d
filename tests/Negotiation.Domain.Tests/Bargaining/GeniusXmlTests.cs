using Negotiation.Domain.Bargaining;
using Negotiation.Domain.Bargaining.Formats;
using Negotiation.Domain.Identifiers;
using static Negotiation.Domain.Tests.Bargaining.ImportFixtures;

namespace Negotiation.Domain.Tests.Bargaining;

/// <summary>Reading GENIUS domain and profile files: the fixture, the conventions, and what the files may vary.</summary>
public class GeniusXmlTests
{
    [Fact]
    public void The_fixture_imports_to_the_domain_written_out_by_hand()
    {
        var domain = Import().AsT0;

        Assert.Equal(Expected(geniusWeb: false), domain);
    }

    [Fact]
    public void The_analysis_of_the_imported_fixture_equals_that_of_the_domain_built_in_code_and_the_brute_force()
    {
        var imported = BargainingAnalysis.Analyse(Import().AsT0, cancellationToken: TestContext.Current.CancellationToken).AsT0;
        var built = BargainingAnalysis.Analyse(Expected(geniusWeb: false), cancellationToken: TestContext.Current.CancellationToken).AsT0;
        var reference = new BruteForce(Expected(geniusWeb: false));

        Assert.Equal(built.Frontier, imported.Frontier);
        Assert.Equal(built.Solutions, imported.Solutions);
        Assert.Equal(built.Zone, imported.Zone);
        Assert.Equal(built.Reservations, imported.Reservations);
        Assert.Equal(reference.Frontier.Count, imported.Frontier.Count);
        Assert.Equal(
            reference.Frontier.Select(v => v.Vector.Select(u => (double)u)).OrderBy(v => v.First()).Select(v => string.Join(",", v)),
            imported.Frontier.Select(p => p.Utilities).OrderBy(v => v[0]).Select(v => string.Join(",", v)));
        Assert.Equal(reference.Nash.Select(v => string.Join(",", v.Select(u => (double)u))), imported.Nash.Points.Select(p => string.Join(",", p.Utilities)));
    }

    [Fact]
    public void Raw_evaluations_are_taken_as_written_and_the_default_divides_by_the_issues_largest()
    {
        var domain = Stream(DomainXml);
        var profile = ProfileXml.Replace("evaluation=\"1\"", "evaluation=\"0.5\"", StringComparison.Ordinal).Replace("evaluation=\"0\"", "evaluation=\"0.25\"", StringComparison.Ordinal);

        var divided = GeniusXml.Import(Stream(DomainXml), [(Us, Stream(profile))]).AsT0;
        var raw = GeniusXml.Import(domain, [(Us, Stream(profile))], new GeniusImportOptions { RawEvaluations = true }).AsT0;

        Assert.Equal([1m, 0.5m], divided.Preferences[0].Issues[0].Values);
        Assert.Equal([0.5m, 0.25m], raw.Preferences[0].Issues[0].Values);
    }

    [Fact]
    public void An_issue_whose_largest_evaluation_is_below_a_hundred_thousandth_is_worth_nothing()
    {
        var profile = ProfileXml.Replace("<item value=\"keep\" evaluation=\"1\"/><item value=\"lift\" evaluation=\"0\"/>", "<item value=\"keep\" evaluation=\"0.000009\"/><item value=\"lift\" evaluation=\"0.000001\"/>", StringComparison.Ordinal);

        var domain = GeniusXml.Import(Stream(DomainXml), [(Us, Stream(profile))]).AsT0;

        Assert.Equal([0m, 0m], domain.Preferences[0].Issues[0].Values);
    }

    [Fact]
    public void Only_direct_item_children_are_read()
    {
        // An item inside an item is not the issue's: GENIUS reads the issue's own items, and so does the importer.
        var profile = ProfileXml.Replace("<item value=\"keep\" evaluation=\"1\"/>", "<item value=\"keep\" evaluation=\"1\"><item value=\"nowhere\" evaluation=\"7\"/></item>", StringComparison.Ordinal);

        var domain = GeniusXml.Import(Stream(DomainXml), [(Us, Stream(profile))]).AsT0;

        Assert.Equal([1m, 0m], domain.Preferences[0].Issues[0].Values);
    }

    [Fact]
    public void A_domain_alone_imports_without_preferences_and_unknown_elements_are_skipped()
    {
        var domain = GeniusXml.Import(Stream(DomainXml.Replace("<utility_space number_of_issues=\"2\">", "<agent name=\"x\"><deeper/></agent><utility_space number_of_issues=\"2\">", StringComparison.Ordinal)), []).AsT0;

        Assert.Empty(domain.Preferences);
        Assert.Equal(["sanction", "scope"], domain.Issues.Select(i => i.Issue.Value));
    }

    [Fact]
    public void Issue_ids_are_made_from_names_unique_and_the_same_for_a_name_that_is_already_an_id()
    {
        Assert.Equal(
            ["sanction-on-the-institute", "sanction-on-the-institute-2", "sanctions-evitees", "issue", "issue-2", "a-b", "a-b-2", "issue-3"],
            IssueSlugs.Make(["Sanction on the institute", "sanction ON the institute!", "Sanctions évitées", "中文", "  ", "a-b", "A B", "issue-3"]).Select(i => i.Value));
        Assert.Equal("x" + new string('y', 99), IssueSlugs.Of("x" + new string('y', 150)));
        Assert.Equal(new string('a', 98) + "-2", IssueSlugs.Make([new string('a', 100), new string('a', 100) + "!"])[1].Value);
    }

    [Fact]
    public void Names_that_make_the_same_id_get_suffixes_in_file_order()
    {
        var text = DomainXml.Replace("name=\"Scope\"", "name=\"sanction!\"", StringComparison.Ordinal);

        var domain = GeniusXml.Import(Stream(text), []).AsT0;

        Assert.Equal(["sanction", "sanction-2"], domain.Issues.Select(i => i.Issue.Value));
    }

    [Fact]
    public void An_integer_issue_is_one_option_per_integer_and_its_linear_evaluator_gives_the_values()
    {
        var domain = Import().AsT0;

        Assert.Equal(["0", "1", "2", "3"], domain.Issues[3].Options.Select(o => o.Label));
        Assert.Equal([0.8m, 0.6m, 0.4m, 0.2m], domain.Preferences[1].Issues[3].Values); // offset 0.8, slope -0.2: not divided by its largest
    }

    [Fact]
    public void A_discount_factor_of_zero_is_none_and_a_reservation_is_a_reservation_value()
    {
        var domain = Import().AsT0;

        Assert.Equal((0.35m, 0.9m), (domain.Preferences[0].ReservationValue, domain.Preferences[0].Discount));
        Assert.Equal((0.3m, (decimal?)null), (domain.Preferences[1].ReservationValue, domain.Preferences[1].Discount));
    }

    [Fact]
    public void The_streams_are_read_from_where_they_are_and_left_open()
    {
        var domain = new MemoryStream();
        domain.Write("garbage"u8);
        var start = domain.Position;
        Open(GeniusDomain).CopyTo(domain);
        domain.Position = start;

        Assert.True(GeniusXml.Import(domain, []).IsT0);
        Assert.True(domain.CanRead);

        var output = new MemoryStream();
        GeniusXml.ExportDomain(Expected(geniusWeb: false), output);
        Assert.True(output.CanWrite);
    }

    [Fact]
    public void Misuse_is_an_argument_exception_naming_the_parameter()
    {
        var valid = Expected(geniusWeb: false);

        Assert.Equal("domain", Assert.Throws<ArgumentNullException>(() => GeniusXml.Import(null!, [])).ParamName);
        Assert.Equal("profiles", Assert.Throws<ArgumentNullException>(() => GeniusXml.Import(Stream(DomainXml), null!)).ParamName);
        Assert.Equal("profiles", Assert.Throws<ArgumentException>(() => GeniusXml.Import(Stream(DomainXml), [(Us, Stream(ProfileXml)), (Us, Stream(ProfileXml))])).ParamName);
        Assert.Equal("profiles", Assert.Throws<ArgumentException>(() => GeniusXml.Import(Stream(DomainXml), [(default, Stream(ProfileXml))])).ParamName);
        Assert.Equal("profiles", Assert.Throws<ArgumentNullException>(() => GeniusXml.Import(Stream(DomainXml), [(Us, null!)])).ParamName);
        Assert.Equal("party", Assert.Throws<ArgumentException>(() => GeniusXml.ExportProfile(valid, new PartyId("mx"), new MemoryStream())).ParamName);
        Assert.Equal("party", Assert.Throws<ArgumentException>(() => GeniusXml.ExportProfile(valid, default, new MemoryStream())).ParamName);
        Assert.Equal("output", Assert.Throws<ArgumentNullException>(() => GeniusXml.ExportDomain(valid, null!)).ParamName);
        var broken = valid with { Preferences = [valid.Preferences[0] with { Issues = [valid.Preferences[0].Issues[0]] }] };
        Assert.Equal("domain", Assert.Throws<ArgumentException>(() => GeniusXml.ExportDomain(broken, new MemoryStream())).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => new GeniusImportOptions { MaxBytes = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new GeniusImportOptions { MaxDepth = GeniusImportOptions.MaxDepthLimit + 1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new GeniusImportOptions { MaxOptionsPerIssue = 0 });
    }

    [Fact]
    public void The_profile_writes_each_value_as_an_evaluation_and_the_reservation_outcome_as_its_utility()
    {
        var domain = Expected(geniusWeb: true);
        var output = new MemoryStream();

        GeniusXml.ExportProfile(domain, Us, output);
        var text = System.Text.Encoding.UTF8.GetString(output.ToArray());

        Assert.Contains("<item index=\"2\" value=\"named exporters\" evaluation=\"0.625\" />", text, StringComparison.Ordinal);
        Assert.Contains("<weight index=\"1\" value=\"0.3\" />", text, StringComparison.Ordinal);
        // suspend listing, named exporters, closed, 0: 0.3 × 0.6 + 0.4 × 0.625 + 0.2 × 0 + 0.1 × 0.25 = 0.455
        Assert.Contains("<reservation value=\"0.455\" />", text, StringComparison.Ordinal);
        Assert.DoesNotContain("discount_factor", text, StringComparison.Ordinal);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<utility_space>", text, StringComparison.Ordinal);
    }

    internal const string DomainXml = """<negotiation_template><utility_space number_of_issues="2"><objective index="0" name="o"><issue index="1" name="Sanction" type="discrete"><item index="1" value="keep"/><item index="2" value="lift"/></issue><issue index="2" name="Scope"><item value="none"/><item value="all"/></issue></objective></utility_space></negotiation_template>""";

    internal const string ProfileXml = """<utility_space><objective index="0" name="o"><issue index="1" name="Sanction" type="discrete"><item value="keep" evaluation="1"/><item value="lift" evaluation="0"/></issue><issue index="2" name="Scope"><item value="none" evaluation="0"/><item value="all" evaluation="1"/></issue><weight index="1" value="0.5"/><weight index="2" value="0.5"/></objective></utility_space>""";

    private static OneOf.OneOf<BargainingDomain, BargainingImportError> Import(GeniusImportOptions? options = null)
        => GeniusXml.Import(Open(GeniusDomain), [(Us, Open(GeniusUs)), (Cn, Open(GeniusCn))], options);
}
