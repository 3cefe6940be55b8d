using System.Reflection;
using System.Text;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Interop.FollowTheMoney;
using Negotiation.Domain.Interop.Imports;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Documents;

namespace Negotiation.Domain.Interop.Tests.FollowTheMoney;

/// <summary>Every code of <see cref="FtmCodes"/> is produced by some fixture, catalogue case or export of the tests.</summary>
public sealed class FtmCodeCoverageTests
{
    [Fact]
    public async Task Every_code_is_produced_by_a_fixture_a_catalogue_case_or_an_export()
    {
        var produced = new HashSet<string>(StringComparer.Ordinal);

        foreach (var (fixture, format) in new[] { ("entities.ftm.json", FtmFormat.Entities), ("targets.nested.json", FtmFormat.NestedTargets), ("statements.csv", FtmFormat.Statements) })
        {
            var records = await FtmTestSupport.ReadAllAsync(new MemoryStream(FtmTestSupport.Fixture(fixture)), format);
            produced.UnionWith(records.Notes().Select(n => n.Code));
        }

        foreach (var row in FtmBadInputTests.Cases)
        {
            var data = ((ITheoryDataRow)row).GetData();
            var (format, input) = ((FtmFormat)data[1]!, (string)data[2]!);
            produced.Add((await FtmTestSupport.ErrorOfAsync(input, format)).Code);
            if ((string)data[3]! is not (FtmCodes.EmptyInput or FtmCodes.MissingColumn))
            {
                produced.UnionWith((await FtmTestSupport.ReadAllAsync(input, format, new ImportOptions { SkipBadLines = true })).Notes().Select(n => n.Code));
            }
        }

        produced.Add((await FtmTestSupport.ErrorOfAsync(new MemoryStream(Encoding.Latin1.GetBytes("{\"id\":\"é\"}")), FtmFormat.Entities)).Code);
        produced.Add((await FtmTestSupport.ErrorOfAsync("{\"id\":\"" + new string('a', 5000) + "\"}", FtmFormat.Entities, new ImportOptions { MaxLineBytes = 1024 })).Code);

        var content = new NegotiationContent(
            Parties: [new State(new PartyId("us"), "United States", new Countries.CountryCode("US")), new Person(new PartyId("s1"), "Example Person") { ExternalIds = [new ExternalId("ofac-sdn", "1")] }, new Group(new PartyId("g"), "Example group", GroupType.Other)],
            Sanctions: [new Sanction(new SanctionId("s1"), new PartyId("us"), [new PartyId("s1")], [SanctionMeasure.AssetFreeze])]);
        var exportNotes = FtmExport.Write(NegotiationDocument.Create(new NegotiationId("doc"), "Doc", content).AsT0, Stream.Null);
        produced.UnionWith(exportNotes.Select(n => n.Code));

        var codes = typeof(FtmCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).ToList();
        Assert.Empty(codes.Except(produced));
        Assert.All(codes, code => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", code));
    }
}
