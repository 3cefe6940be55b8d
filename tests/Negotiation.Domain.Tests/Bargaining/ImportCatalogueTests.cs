using System.Text;
using Negotiation.Domain.Bargaining.Formats;
using Negotiation.Domain.Identifiers;
using static Negotiation.Domain.Tests.Bargaining.GeniusWebJsonTests;
using static Negotiation.Domain.Tests.Bargaining.GeniusXmlTests;

namespace Negotiation.Domain.Tests.Bargaining;

/// <summary>
/// The bad inputs of both importers, each with the exact error expected: its code, its path, and the file (the
/// party's, or the GENIUS domain's). Among them the attacks on an XML reader (an external entity, a billion laughs)
/// and on any reader (too large, too deep).
/// </summary>
public class ImportCatalogueTests
{
    private static readonly PartyId Us = new("us");
    private static readonly PartyId Cn = new("cn");

    private const string Passwd = "file:///etc/passwd";

    private static readonly string BillionLaughs = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [
          <!ENTITY lol "lol">
          <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
          <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
          <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
          <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
          <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
          <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        <negotiation_template><utility_space><objective><issue name="&lol9;"><item value="a"/></issue></objective></utility_space></negotiation_template>
        """;

    /// <summary>GENIUS cases: the domain file, the US profile (or none), the options, and the error expected.</summary>
    private static readonly Dictionary<string, (object DomainXml, object? ProfileXml, GeniusImportOptions? Options, string Code, string Path, bool InProfile)> Genius = new()
    {
        ["xxe-in-the-domain"] = ($"""<?xml version="1.0"?><!DOCTYPE negotiation_template [<!ENTITY xxe SYSTEM "{Passwd}">]><negotiation_template><utility_space><objective><issue name="&xxe;"><item value="a"/></issue></objective></utility_space></negotiation_template>""", null, null, ErrorCodes.DtdNotAllowed, "/", false),
        ["xxe-in-a-profile"] = (DomainXml, ProfileXml.Replace("<utility_space>", $"""<!DOCTYPE utility_space [<!ENTITY xxe SYSTEM "{Passwd}">]><utility_space>""", StringComparison.Ordinal).Replace("evaluation=\"1\"", "evaluation=\"&xxe;\"", StringComparison.Ordinal), null, ErrorCodes.DtdNotAllowed, "/", true),
        ["billion-laughs"] = (BillionLaughs, null, null, ErrorCodes.DtdNotAllowed, "/", false),
        ["external-dtd"] = ("""<!DOCTYPE negotiation_template SYSTEM "http://example.org/genius.dtd">""" + DomainXml, null, null, ErrorCodes.DtdNotAllowed, "/", false),
        ["dtd-in-utf-16"] = (Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<!DOCTYPE x []>" + DomainXml)).ToArray(), null, null, ErrorCodes.DtdNotAllowed, "/", false),
        ["past-the-size-limit"] = (DomainXml + new string(' ', 2_000), null, new GeniusImportOptions { MaxBytes = 2_000 }, ErrorCodes.TooLarge, "/", false),
        ["too-deep"] = (DomainXml.Replace("<utility_space number_of_issues=\"2\">", string.Concat(Enumerable.Repeat("<x>", 20)) + string.Concat(Enumerable.Repeat("</x>", 20)) + "<utility_space>", StringComparison.Ordinal), null, null, ErrorCodes.TooDeep, "/negotiation_template/x", false),
        ["too-deep-in-known-elements"] = (DomainXml.Replace("<item index=\"1\" value=\"keep\"/>", "<item value=\"keep\"><item><item><item/></item></item></item>", StringComparison.Ordinal), null, new GeniusImportOptions { MaxDepth = 6 }, ErrorCodes.TooDeep, "/negotiation_template/utility_space/objective/issue/item/item/item", false),
        ["malformed"] = (DomainXml.Replace("</objective>", string.Empty, StringComparison.Ordinal), null, null, ErrorCodes.InvalidXml, "/negotiation_template/utility_space/objective", false),
        ["empty"] = (string.Empty, null, null, ErrorCodes.InvalidXml, "/", false),
        ["not-utf-8"] = (new byte[] { 0x3C, 0x61, 0x3E, 0xC3, 0x28, 0x3C, 0x2F, 0x61, 0x3E }, null, null, ErrorCodes.InvalidXml, "/", false),
        ["entity-without-dtd"] = (DomainXml.Replace("value=\"keep\"", "value=\"&keep;\"", StringComparison.Ordinal), null, null, ErrorCodes.InvalidXml, "/negotiation_template/utility_space/objective/issue", false),
        ["wrong-root"] = ("<domain/>", null, null, ErrorCodes.MissingProperty, "/domain", false),
        ["no-objective"] = ("<negotiation_template><utility_space/></negotiation_template>", null, null, ErrorCodes.MissingProperty, "/negotiation_template/utility_space", false),
        ["objective-tree"] = (DomainXml.Replace("<issue index=\"1\"", "<objective name=\"sub\"/><issue index=\"1\"", StringComparison.Ordinal), null, null, ErrorCodes.UnsupportedFeature, "/negotiation_template/utility_space/objective/objective", false),
        ["real-valued-issue"] = (DomainXml.Replace("<issue index=\"2\" name=\"Scope\"><item value=\"none\"/><item value=\"all\"/></issue>", "<issue index=\"2\" name=\"Scope\" type=\"real\" lowerbound=\"0\" upperbound=\"1\"/>", StringComparison.Ordinal), null, null, ErrorCodes.UnsupportedFeature, "/negotiation_template/utility_space/objective/issue[2]/@type", false),
        ["unknown-issue-type"] = (DomainXml.Replace("type=\"discrete\"", "type=\"ordinal\"", StringComparison.Ordinal), null, null, ErrorCodes.UnsupportedFeature, "/negotiation_template/utility_space/objective/issue[1]/@type", false),
        ["integer-range-too-large"] = (DomainXml.Replace("<issue index=\"2\" name=\"Scope\"><item value=\"none\"/><item value=\"all\"/></issue>", "<issue index=\"2\" name=\"Scope\" type=\"integer\" lowerbound=\"-9223372036854775808\" upperbound=\"9223372036854775807\"/>", StringComparison.Ordinal), null, null, ErrorCodes.TooManyOptions, "/negotiation_template/utility_space/objective/issue[2]", false),
        ["integer-range-upside-down"] = (DomainXml.Replace("<issue index=\"2\" name=\"Scope\"><item value=\"none\"/><item value=\"all\"/></issue>", "<issue index=\"2\" name=\"Scope\" type=\"integer\" lowerbound=\"5\" upperbound=\"1\"/>", StringComparison.Ordinal), null, null, ErrorCodes.InvalidRange, "/negotiation_template/utility_space/objective/issue[2]/@upperbound", false),
        ["integer-bound-not-a-number"] = (DomainXml.Replace("<issue index=\"2\" name=\"Scope\"><item value=\"none\"/><item value=\"all\"/></issue>", "<issue index=\"2\" name=\"Scope\" type=\"integer\" lowerbound=\"zero\" upperbound=\"1\"/>", StringComparison.Ordinal), null, null, ErrorCodes.WrongType, "/negotiation_template/utility_space/objective/issue[2]/@lowerbound", false),
        ["too-many-items"] = (DomainXml, null, new GeniusImportOptions { MaxOptionsPerIssue = 1 }, ErrorCodes.TooManyOptions, "/negotiation_template/utility_space/objective/issue[1]", false),
        ["two-issues-of-one-name"] = (DomainXml.Replace("name=\"Scope\"", "name=\"Sanction\"", StringComparison.Ordinal), null, null, ErrorCodes.DuplicateName, "/negotiation_template/utility_space/objective/issue[2]/@name", false),
        ["two-items-of-one-value"] = (DomainXml.Replace("value=\"all\"", "value=\"none\"", StringComparison.Ordinal), null, null, ErrorCodes.DuplicateName, "/negotiation_template/utility_space/objective/issue[2]/item[2]/@value", false),
        ["item-without-value"] = (DomainXml.Replace("<item value=\"all\"/>", "<item/>", StringComparison.Ordinal), null, null, ErrorCodes.MissingProperty, "/negotiation_template/utility_space/objective/issue[2]/item[2]/@value", false),
        ["blank-item-value"] = (DomainXml.Replace("value=\"all\"", "value=\" \"", StringComparison.Ordinal), null, null, ErrorCodes.InvalidValue, "/negotiation_template/utility_space/objective/issue[2]/item[2]/@value", false),
        ["issue-without-items"] = (DomainXml.Replace("<item value=\"none\"/><item value=\"all\"/>", string.Empty, StringComparison.Ordinal), null, null, ErrorCodes.MissingProperty, "/negotiation_template/utility_space/objective/issue[2]", false),
        ["missing-weight"] = (DomainXml, ProfileXml.Replace("<weight index=\"2\" value=\"0.5\"/>", string.Empty, StringComparison.Ordinal), null, ErrorCodes.IncompleteProfile, "/utility_space/objective/issue[2]", true),
        ["unknown-item-in-a-profile"] = (DomainXml, ProfileXml.Replace("value=\"all\" evaluation", "value=\"everything\" evaluation", StringComparison.Ordinal), null, ErrorCodes.UnknownOption, "/utility_space/objective/issue[2]/item[2]/@value", true),
        ["profile-issue-not-in-the-domain"] = (DomainXml, ProfileXml.Replace("name=\"Scope\"", "name=\"Military channel\"", StringComparison.Ordinal), null, ErrorCodes.UnknownIssue, "/utility_space/objective/issue[2]/@name", true),
        ["profile-without-an-issue"] = (DomainXml, ProfileXml.Replace("<issue index=\"2\" name=\"Scope\"><item value=\"none\" evaluation=\"0\"/><item value=\"all\" evaluation=\"1\"/></issue><weight index=\"1\" value=\"0.5\"/><weight index=\"2\" value=\"0.5\"/>", "<weight index=\"1\" value=\"0.5\"/>", StringComparison.Ordinal), null, ErrorCodes.IncompleteProfile, "/utility_space/objective", true),
        ["item-without-evaluation"] = (DomainXml, ProfileXml.Replace("<item value=\"lift\" evaluation=\"0\"/>", string.Empty, StringComparison.Ordinal), null, ErrorCodes.IncompleteProfile, "/utility_space/objective/issue[1]", true),
        ["evaluation-attribute-missing"] = (DomainXml, ProfileXml.Replace("<item value=\"lift\" evaluation=\"0\"/>", "<item value=\"lift\"/>", StringComparison.Ordinal), null, ErrorCodes.MissingProperty, "/utility_space/objective/issue[1]/item[2]/@evaluation", true),
        ["negative-evaluation"] = (DomainXml, ProfileXml.Replace("value=\"lift\" evaluation=\"0\"", "value=\"lift\" evaluation=\"-0.5\"", StringComparison.Ordinal), null, ErrorCodes.InvalidValue, "/utility_space/objective/issue[1]/item[2]/@evaluation", true),
        ["non-numeric-evaluation"] = (DomainXml, ProfileXml.Replace("value=\"lift\" evaluation=\"0\"", "value=\"lift\" evaluation=\"high\"", StringComparison.Ordinal), null, ErrorCodes.WrongType, "/utility_space/objective/issue[1]/item[2]/@evaluation", true),
        ["nan-evaluation"] = (DomainXml, ProfileXml.Replace("value=\"lift\" evaluation=\"0\"", "value=\"lift\" evaluation=\"NaN\"", StringComparison.Ordinal), null, ErrorCodes.WrongType, "/utility_space/objective/issue[1]/item[2]/@evaluation", true),
        ["raw-evaluation-above-one"] = (DomainXml, ProfileXml.Replace("value=\"keep\" evaluation=\"1\"", "value=\"keep\" evaluation=\"3\"", StringComparison.Ordinal), new GeniusImportOptions { RawEvaluations = true }, ErrorCodes.InvalidValue, "/utility_space/objective/issue[1]/item[1]/@evaluation", true),
        ["item-evaluated-twice"] = (DomainXml, ProfileXml.Replace("<item value=\"lift\" evaluation=\"0\"/>", "<item value=\"lift\" evaluation=\"0\"/><item value=\"keep\" evaluation=\"0\"/>", StringComparison.Ordinal), null, ErrorCodes.DuplicateName, "/utility_space/objective/issue[1]/item[3]/@value", true),
        ["weight-out-of-range"] = (DomainXml, ProfileXml.Replace("<weight index=\"2\" value=\"0.5\"/>", "<weight index=\"2\" value=\"1000.5\"/>", StringComparison.Ordinal), null, ErrorCodes.InvalidValue, "/utility_space/objective/weight[2]/@value", true),
        ["weight-of-no-issue"] = (DomainXml, ProfileXml.Replace("<weight index=\"2\" value=\"0.5\"/>", "<weight index=\"2\" value=\"0.5\"/><weight index=\"7\" value=\"0.5\"/>", StringComparison.Ordinal), null, ErrorCodes.UnknownIssue, "/utility_space/objective/weight[3]/@index", true),
        ["weight-twice"] = (DomainXml, ProfileXml.Replace("<weight index=\"2\" value=\"0.5\"/>", "<weight index=\"1\" value=\"0.5\"/>", StringComparison.Ordinal), null, ErrorCodes.DuplicateName, "/utility_space/objective/weight[2]/@index", true),
        ["all-weights-zero"] = (DomainXml, ProfileXml.Replace("value=\"0.5\"", "value=\"0\"", StringComparison.Ordinal), null, ErrorCodes.ZeroWeights, "/utility_space/objective", true),
        ["profile-root-not-utility-space"] = (DomainXml, "<negotiation_template/>", null, ErrorCodes.MissingProperty, "/negotiation_template", true),
        ["two-objectives"] = (DomainXml, ProfileXml.Replace("</utility_space>", "<objective/></utility_space>", StringComparison.Ordinal), null, ErrorCodes.DuplicateProperty, "/utility_space/objective[2]", true),
        ["discount-above-one"] = (DomainXml, ProfileXml.Replace("</utility_space>", "<discount_factor value=\"1.5\"/></utility_space>", StringComparison.Ordinal), null, ErrorCodes.InvalidValue, "/utility_space/discount_factor/@value", true),
        ["negative-reservation"] = (DomainXml, ProfileXml.Replace("</utility_space>", "<reservation value=\"-0.1\"/></utility_space>", StringComparison.Ordinal), null, ErrorCodes.InvalidValue, "/utility_space/reservation/@value", true),
        ["profile-says-integer-for-a-discrete-issue"] = (DomainXml, ProfileXml.Replace("name=\"Sanction\" type=\"discrete\"", "name=\"Sanction\" type=\"integer\"", StringComparison.Ordinal), null, ErrorCodes.ProfileMismatch, "/utility_space/objective/issue[1]/@type", true),
        ["integer-bounds-other-than-the-domains"] = (IntegerDomain, IntegerProfile.Replace("<issue index=\"2\" name=\"Scope\" type=\"integer\">", "<issue index=\"2\" name=\"Scope\" type=\"integer\" lowerbound=\"1\">", StringComparison.Ordinal), null, ErrorCodes.ProfileMismatch, "/utility_space/objective/issue[2]/@lowerbound", true),
        ["evaluator-not-linear"] = (IntegerDomain, IntegerProfile.Replace("ftype=\"linear\"", "ftype=\"exponential\"", StringComparison.Ordinal), null, ErrorCodes.UnsupportedFeature, "/utility_space/objective/issue[2]/evaluator/@ftype", true),
        ["linear-value-above-one"] = (IntegerDomain, IntegerProfile.Replace("slope=\"0.5\"", "slope=\"0.6\"", StringComparison.Ordinal), null, ErrorCodes.InvalidValue, "/utility_space/objective/issue[2]/evaluator", true),
        ["huge-slope"] = (IntegerDomain, IntegerProfile.Replace("slope=\"0.5\"", "slope=\"79228162514264337593543950335\"", StringComparison.Ordinal), null, ErrorCodes.InvalidValue, "/utility_space/objective/issue[2]/evaluator", true),
        ["integer-issue-without-evaluator"] = (IntegerDomain, IntegerProfile.Replace("<evaluator ftype=\"linear\" offset=\"0\" slope=\"0.5\"/>", string.Empty, StringComparison.Ordinal), null, ErrorCodes.MissingProperty, "/utility_space/objective/issue[2]", true),
    };

    /// <summary>GeniusWeb cases: the US profile (and China's, or none), the options, and the error expected.</summary>
    private static readonly Dictionary<string, (object Us, object? Cn, GeniusImportOptions? Options, string Code, string Path, bool InSecond)> GeniusWeb = new()
    {
        ["malformed"] = (WebJson[..^2], null, null, ErrorCodes.InvalidJson, "$.LinearAdditiveUtilitySpace", false),
        ["empty"] = (string.Empty, null, null, ErrorCodes.InvalidJson, "$", false),
        ["trailing-comma"] = (WebJson.Replace("\"lift\":0}", "\"lift\":0,}", StringComparison.Ordinal), null, null, ErrorCodes.InvalidJson, "$.LinearAdditiveUtilitySpace.issueUtilities.Sanction.DiscreteValueSetUtilities.valueUtilities", false),
        ["not-utf-8"] = (Encoding.UTF8.GetBytes(WebJson).Select(b => b == (byte)'k' ? (byte)0xFF : b).ToArray(), null, null, ErrorCodes.InvalidJson, "$.LinearAdditiveUtilitySpace.domain.issuesValues.Sanction.values[0]", false),
        ["past-the-size-limit"] = (WebJson, null, new GeniusImportOptions { MaxBytes = 100 }, ErrorCodes.TooLarge, "$", false),
        ["too-deep"] = (WebJson.Replace("\"name\":\"us\"", "\"name\":" + new string('[', 30) + new string(']', 30), StringComparison.Ordinal), null, null, ErrorCodes.TooDeep, "$.LinearAdditiveUtilitySpace.name[0][0][0][0][0][0][0][0][0][0][0][0][0][0]", false),
        ["not-a-linear-additive-space"] = (WebJson.Replace("LinearAdditiveUtilitySpace", "SumOfGroupsUtilitySpace", StringComparison.Ordinal), null, null, ErrorCodes.UnsupportedFeature, "$.SumOfGroupsUtilitySpace", false),
        ["empty-object"] = ("{}", null, null, ErrorCodes.MissingProperty, "$", false),
        ["root-an-array"] = ("[]", null, null, ErrorCodes.WrongType, "$", false),
        ["duplicate-member"] = (WebJson.Replace("\"issueWeights\":{\"Sanction\":0.6,", "\"issueWeights\":{\"Sanction\":0.6,\"Sanction\":0.5,", StringComparison.Ordinal), null, null, ErrorCodes.DuplicateProperty, "$.LinearAdditiveUtilitySpace.issueWeights.Sanction", false),
        ["no-issue-weights"] = (WebJson.Replace(",\"issueWeights\":{\"Sanction\":0.6,\"Meetings\":0.4}", string.Empty, StringComparison.Ordinal), null, null, ErrorCodes.MissingProperty, "$.LinearAdditiveUtilitySpace.issueWeights", false),
        ["missing-weight"] = (WebJson.Replace("\"Sanction\":0.6,", string.Empty, StringComparison.Ordinal), null, null, ErrorCodes.IncompleteProfile, "$.LinearAdditiveUtilitySpace.issueWeights", false),
        ["weight-out-of-range"] = (WebJson.Replace("\"Sanction\":0.6,", "\"Sanction\":1001,", StringComparison.Ordinal), null, null, ErrorCodes.InvalidValue, "$.LinearAdditiveUtilitySpace.issueWeights.Sanction", false),
        ["weight-a-string"] = (WebJson.Replace("\"Sanction\":0.6,", "\"Sanction\":\"0.6\",", StringComparison.Ordinal), null, null, ErrorCodes.WrongType, "$.LinearAdditiveUtilitySpace.issueWeights.Sanction", false),
        ["number-beyond-a-decimal"] = (WebJson.Replace("\"Sanction\":0.6,", "\"Sanction\":1e400,", StringComparison.Ordinal), null, null, ErrorCodes.WrongType, "$.LinearAdditiveUtilitySpace.issueWeights.Sanction", false),
        ["all-weights-zero"] = (WebJson.Replace("\"Sanction\":0.6,\"Meetings\":0.4", "\"Sanction\":0,\"Meetings\":0", StringComparison.Ordinal), null, null, ErrorCodes.ZeroWeights, "$.LinearAdditiveUtilitySpace.issueWeights", false),
        ["weight-of-an-unknown-issue"] = (WebJson.Replace("\"Meetings\":0.4}", "\"Meetings\":0.4,\"Scope\":0.1}", StringComparison.Ordinal), null, null, ErrorCodes.UnknownIssue, "$.LinearAdditiveUtilitySpace.issueWeights.Scope", false),
        ["utilities-of-an-unknown-issue"] = (WebJson.Replace("\"issueUtilities\":{", "\"issueUtilities\":{\"Military channel\":{\"DiscreteValueSetUtilities\":{\"valueUtilities\":{}}},", StringComparison.Ordinal), null, null, ErrorCodes.UnknownIssue, "$.LinearAdditiveUtilitySpace.issueUtilities['Military channel']", false),
        ["unknown-value"] = (WebJson.Replace("\"lift\":0}", "\"lift\":0,\"suspend\":0.5}", StringComparison.Ordinal), null, null, ErrorCodes.UnknownOption, "$.LinearAdditiveUtilitySpace.issueUtilities.Sanction.DiscreteValueSetUtilities.valueUtilities.suspend", false),
        ["value-without-utility"] = (WebJson.Replace(",\"lift\":0}", "}", StringComparison.Ordinal), null, null, ErrorCodes.IncompleteProfile, "$.LinearAdditiveUtilitySpace.issueUtilities.Sanction.DiscreteValueSetUtilities.valueUtilities", false),
        ["utility-above-one"] = (WebJson.Replace("\"keep\":1,", "\"keep\":1.5,", StringComparison.Ordinal), null, null, ErrorCodes.InvalidValue, "$.LinearAdditiveUtilitySpace.issueUtilities.Sanction.DiscreteValueSetUtilities.valueUtilities.keep", false),
        ["negative-utility"] = (WebJson.Replace("\"lift\":0}", "\"lift\":-0.1}", StringComparison.Ordinal), null, null, ErrorCodes.InvalidValue, "$.LinearAdditiveUtilitySpace.issueUtilities.Sanction.DiscreteValueSetUtilities.valueUtilities.lift", false),
        ["non-numeric-utility"] = (WebJson.Replace("\"keep\":1,", "\"keep\":\"high\",", StringComparison.Ordinal), null, null, ErrorCodes.WrongType, "$.LinearAdditiveUtilitySpace.issueUtilities.Sanction.DiscreteValueSetUtilities.valueUtilities.keep", false),
        ["unknown-utilities-kind"] = (WebJson.Replace("DiscreteValueSetUtilities", "PiecewiseUtilities", StringComparison.Ordinal), null, null, ErrorCodes.UnsupportedFeature, "$.LinearAdditiveUtilitySpace.issueUtilities.Sanction.PiecewiseUtilities", false),
        ["range-step-zero"] = (WebJson.Replace("\"step\":1", "\"step\":0", StringComparison.Ordinal), null, null, ErrorCodes.InvalidRange, "$.LinearAdditiveUtilitySpace.domain.issuesValues.Meetings.range.step", false),
        ["range-upside-down"] = (WebJson.Replace("\"low\":0,\"high\":2", "\"low\":3,\"high\":2", StringComparison.Ordinal), null, null, ErrorCodes.InvalidRange, "$.LinearAdditiveUtilitySpace.domain.issuesValues.Meetings.range.high", false),
        ["range-too-large"] = (WebJson.Replace("\"step\":1", "\"step\":0.0000000001", StringComparison.Ordinal), null, null, ErrorCodes.TooManyOptions, "$.LinearAdditiveUtilitySpace.domain.issuesValues.Meetings.range", false),
        ["range-overflowing"] = (WebJson.Replace("\"low\":0,\"high\":2,\"step\":1", "\"low\":-79228162514264337593543950335,\"high\":79228162514264337593543950335,\"step\":1", StringComparison.Ordinal), null, null, ErrorCodes.TooManyOptions, "$.LinearAdditiveUtilitySpace.domain.issuesValues.Meetings.range", false),
        ["range-without-step"] = (WebJson.Replace(",\"step\":1", string.Empty, StringComparison.Ordinal), null, null, ErrorCodes.MissingProperty, "$.LinearAdditiveUtilitySpace.domain.issuesValues.Meetings.range.step", false),
        ["values-and-range"] = (WebJson.Replace("{\"range\":", "{\"values\":[\"a\"],\"range\":", StringComparison.Ordinal), null, null, ErrorCodes.InvalidValue, "$.LinearAdditiveUtilitySpace.domain.issuesValues.Meetings.range", false),
        ["values-not-an-array"] = (WebJson.Replace("{\"values\":[\"keep\",\"lift\"]}", "{\"values\":\"keep, lift\"}", StringComparison.Ordinal), null, null, ErrorCodes.WrongType, "$.LinearAdditiveUtilitySpace.domain.issuesValues.Sanction.values", false),
        ["a-value-twice"] = (WebJson.Replace("[\"keep\",\"lift\"]", "[\"keep\",\"lift\",\"keep\"]", StringComparison.Ordinal), null, null, ErrorCodes.DuplicateName, "$.LinearAdditiveUtilitySpace.domain.issuesValues.Sanction.values[2]", false),
        ["number-utilities-on-discrete-values"] = (WebJson.Replace("{\"DiscreteValueSetUtilities\":{\"valueUtilities\":{\"keep\":1,\"lift\":0}}}", "{\"NumberValueSetUtilities\":{\"lowValue\":0,\"lowUtility\":0,\"highValue\":2,\"highUtility\":1}}", StringComparison.Ordinal), null, null, ErrorCodes.ProfileMismatch, "$.LinearAdditiveUtilitySpace.issueUtilities.Sanction.NumberValueSetUtilities", false),
        ["number-utilities-not-over-the-range"] = (WebJson.Replace("\"lowValue\":0,", "\"lowValue\":1,", StringComparison.Ordinal), null, null, ErrorCodes.ProfileMismatch, "$.LinearAdditiveUtilitySpace.issueUtilities.Meetings.NumberValueSetUtilities", false),
        ["reservation-bid-with-an-unknown-value"] = (WebJson.Replace("\"Sanction\":\"keep\",", "\"Sanction\":\"suspend\",", StringComparison.Ordinal), null, null, ErrorCodes.UnknownOption, "$.LinearAdditiveUtilitySpace.reservationBid.issuevalues.Sanction", false),
        ["reservation-bid-number-not-in-the-range"] = (WebJson.Replace("\"Meetings\":1}}", "\"Meetings\":1.5}}", StringComparison.Ordinal), null, null, ErrorCodes.UnknownOption, "$.LinearAdditiveUtilitySpace.reservationBid.issuevalues.Meetings", false),
        ["partial-reservation-bid"] = (WebJson.Replace("\"Sanction\":\"keep\",", string.Empty, StringComparison.Ordinal), null, null, ErrorCodes.IncompleteProfile, "$.LinearAdditiveUtilitySpace.reservationBid.issuevalues", false),
        ["profiles-with-other-domains"] = (WebJson, WebJson.Replace("[\"keep\",\"lift\"]", "[\"keep\",\"lift\",\"suspend\"]", StringComparison.Ordinal).Replace("\"lift\":0}", "\"lift\":0,\"suspend\":0.5}", StringComparison.Ordinal), null, ErrorCodes.ProfileMismatch, "$.LinearAdditiveUtilitySpace.domain.issuesValues.Sanction", true),
        ["a-profile-with-one-issue-more"] = (WebJson, WebJson.Replace("\"Sanction\":{\"values\"", "\"Scope\":{\"values\":[\"a\"]},\"Sanction\":{\"values\"", StringComparison.Ordinal).Replace("\"issueUtilities\":{", "\"issueUtilities\":{\"Scope\":{\"discreteutils\":{\"valueUtilities\":{\"a\":1}}},", StringComparison.Ordinal).Replace("\"Meetings\":0.4}", "\"Meetings\":0.4,\"Scope\":0}", StringComparison.Ordinal).Replace("\"Meetings\":1}", "\"Meetings\":1,\"Scope\":\"a\"}", StringComparison.Ordinal), null, ErrorCodes.ProfileMismatch, "$.LinearAdditiveUtilitySpace.domain.issuesValues.Scope", true),
    };

    public static TheoryData<string> GeniusCases() => [.. Genius.Keys];

    public static TheoryData<string> GeniusWebCases() => [.. GeniusWeb.Keys];

    [Fact]
    public void Each_catalogue_has_at_least_fifteen_cases_with_registered_codes()
    {
        Assert.True(Genius.Count >= 15, $"{Genius.Count} GENIUS cases");
        Assert.True(GeniusWeb.Count >= 15, $"{GeniusWeb.Count} GeniusWeb cases");
        var registered = ErrorCodes.All.Select(e => e.Code).ToHashSet();
        Assert.All(Genius.Values.Select(c => c.Code).Concat(GeniusWeb.Values.Select(c => c.Code)), code => Assert.Contains(code, registered));
    }

    [Theory]
    [MemberData(nameof(GeniusCases))]
    public void A_bad_GENIUS_file_is_one_typed_error_with_its_path_and_file(string name)
    {
        var (domain, profile, options, code, path, inProfile) = Genius[name];
        var profiles = profile is null ? Array.Empty<(PartyId, Stream)>() : [(Us, Open(profile))];

        var error = GeniusXml.Import(Open(domain), profiles, options).AsT1;

        Assert.Equal((code, path, inProfile ? Us : (PartyId?)null), (error.Code, error.Path, error.Party));
        AssertPrintable(error);
    }

    [Theory]
    [MemberData(nameof(GeniusWebCases))]
    public void A_bad_GeniusWeb_file_is_one_typed_error_with_its_path_and_file(string name)
    {
        var (us, cn, options, code, path, inSecond) = GeniusWeb[name];
        (PartyId, Stream)[] profiles = cn is null ? [(Us, Open(us))] : [(Us, Open(us)), (Cn, Open(cn))];

        var error = GeniusWebJson.Import(profiles, options).AsT1;

        Assert.Equal((code, path, inSecond ? Cn : Us), (error.Code, error.Path, error.Party!.Value));
        AssertPrintable(error);
    }

    [Fact]
    public void The_external_entity_is_never_read_and_the_laughs_never_expand()
    {
        // Refused before the entity is declared: the message names no file content, and the billion laughs cost nothing.
        var error = GeniusXml.Import(Open(Genius["xxe-in-the-domain"].DomainXml), []).AsT1;
        Assert.DoesNotContain("root:", error.Message, StringComparison.Ordinal);

        var before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Equal(ErrorCodes.DtdNotAllowed, GeniusXml.Import(Open(BillionLaughs), []).AsT1.Code);
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 10_000_000);
    }

    [Fact]
    public void A_stream_longer_than_the_limit_is_not_read_to_its_end()
    {
        var options = new GeniusImportOptions { MaxBytes = 1_000 };
        var xml = new EndlessStream();
        var json = new EndlessStream();

        Assert.Equal(ErrorCodes.TooLarge, GeniusXml.Import(xml, [], options).AsT1.Code);
        Assert.Equal(ErrorCodes.TooLarge, GeniusWebJson.Import([(Us, json)], options).AsT1.Code);
        Assert.True(xml.Consumed < 100_000 && json.Consumed < 100_000, $"{xml.Consumed} and {json.Consumed} bytes read");
    }

    [Fact]
    public void A_value_from_the_file_is_escaped_in_the_message()
    {
        var error = GeniusXml.Import(Open(DomainXml), [(Us, Open(ProfileXml.Replace("name=\"Scope\"", "name=\"Scope&#x202E;x\"", StringComparison.Ordinal)))]).AsT1;

        Assert.Equal(ErrorCodes.UnknownIssue, error.Code);
        Assert.Contains("\\u202E", error.Message, StringComparison.Ordinal);
    }

    /// <summary>One line, no control or bidirectional character, and the file named.</summary>
    private static void AssertPrintable(BargainingImportError error)
    {
        Assert.NotEmpty(error.Message);
        Assert.DoesNotContain(error.ToString(), c => char.IsControl(c) || c is '\u202E' or '\u2028');
        Assert.StartsWith(error.Party is null ? "the domain: " : $"the profile of '{error.Party}': ", error.ToString(), StringComparison.Ordinal);
    }

    private static MemoryStream Open(object content) => content switch
    {
        string text => ImportFixtures.Stream(text),
        byte[] bytes => ImportFixtures.Stream(bytes),
        _ => throw new ArgumentException("text or bytes", nameof(content)),
    };

    private const string IntegerDomain = """<negotiation_template><utility_space><objective><issue index="1" name="Sanction"><item value="keep"/><item value="lift"/></issue><issue index="2" name="Scope" type="integer" lowerbound="0" upperbound="2"/></objective></utility_space></negotiation_template>""";

    private const string IntegerProfile = """<utility_space><objective><issue index="1" name="Sanction"><item value="keep" evaluation="1"/><item value="lift" evaluation="0"/></issue><issue index="2" name="Scope" type="integer"><evaluator ftype="linear" offset="0" slope="0.5"/></issue><weight index="1" value="0.5"/><weight index="2" value="0.5"/></objective></utility_space>""";

    /// <summary>A stream that never ends, and counts what was read of it.</summary>
    private sealed class EndlessStream : Stream
    {
        public long Consumed { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => Consumed; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            buffer.AsSpan(offset, count).Fill((byte)' ');
            Consumed += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
