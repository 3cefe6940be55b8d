using Negotiation.Domain.Agreements;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Participations;
using Negotiation.Domain.Serialization;

namespace Negotiation.Domain.Tests.Documents;

/// <summary>Each party's participation in an agreement: signature, consent to be bound, suspension, withdrawal.</summary>
public class ParticipationTests
{
    private static readonly AgreementId Treaty = new("treaty");
    private static readonly PartyId Ru = new("ru");
    private static readonly PartyId Us = new("us");
    private static readonly PartyId Ua = new("ua");

    private static NegotiationBuilder Builder() => new NegotiationBuilder("d", "D")
        .State("ru", "Russia", "RU").State("us", "United States", "US").State("ua", "Ukraine", "UA").State("fr", "France", "FR")
        .Add(new Agreement(Treaty, "A treaty", [Ru, Us, Ua], status: AgreementStatus.InForce));

    // In force throughout, while Russia signs, ratifies, suspends, resumes, then withdraws; Ukraine accedes.
    private static readonly NegotiationDocument Document = Builder()
        .Participation("treaty", "ru", ParticipationStepKind.Signature, new PartialDate(2010, 4, 8))
        .Participation("treaty", "us", ParticipationStepKind.Signature, new PartialDate(2010, 4, 8))
        .Participation("treaty", "ru", ParticipationStepKind.Ratification, new PartialDate(2011, 1, 26))
        .Participation("treaty", "us", ParticipationStepKind.Ratification, new PartialDate(2011, 2, 2))
        .Participation("treaty", "ua", ParticipationStepKind.Accession, new PartialDate(2012))
        .Participation("treaty", "ru", ParticipationStepKind.Suspension, new PartialDate(2023, 2, 21))
        .Participation("treaty", "ru", ParticipationStepKind.Resumption, new PartialDate(2024, 6))
        .Participation("treaty", "ru", ParticipationStepKind.NoticeOfWithdrawal, new PartialDate(2025, 1), "Extraordinary events.")
        .Participation("treaty", "ru", ParticipationStepKind.Withdrawal, new PartialDate(2025, 7), "Extraordinary events.")
        .Build().AsT0;

    [Fact]
    public void A_partys_steps_are_its_own_in_order()
        => Assert.Equal(
            [ParticipationStepKind.Signature, ParticipationStepKind.Ratification],
            Document.ParticipationOf(Treaty, Us).Select(s => s.Step));

    [Fact]
    public void A_party_that_is_not_a_party_has_no_steps()
        => Assert.Empty(Document.ParticipationOf(Treaty, new PartyId("fr")));

    [Theory]
    [InlineData("2009", ParticipationStatus.Unrecorded)]
    [InlineData("2010-05", ParticipationStatus.Signed)]
    [InlineData("2011-01-26", ParticipationStatus.Bound)]
    [InlineData("2023-03", ParticipationStatus.Suspended)]
    [InlineData("2024-07", ParticipationStatus.Bound)]
    [InlineData("2025-03", ParticipationStatus.NoticeGiven)]
    [InlineData("2026", ParticipationStatus.Withdrawn)]
    public void A_partys_status_on_a_date_follows_its_steps(string date, ParticipationStatus expected)
        => Assert.Equal(expected, Document.ParticipationStatusOf(Treaty, Ru, PartialDate.Parse(date)));

    [Fact]
    public void An_agreement_in_force_may_have_a_party_that_has_withdrawn()
    {
        var date = new PartialDate(2026);
        Assert.Equal(AgreementStatus.InForce, Document.Find(Treaty)!.Status);
        Assert.False(Document.IsParticipating(Treaty, Ru, date));
        Assert.True(Document.IsParticipating(Treaty, Us, date));
        Assert.True(Document.IsParticipating(Treaty, Ua, date)); // acceded without signing
        Assert.False(Document.IsParticipating(Treaty, Ru, new PartialDate(2023, 6)));
    }

    [Fact]
    public void Steps_are_written_and_read_back_equal()
    {
        var json = NegotiationJson.Write(Document);

        Assert.Contains("{\n          \"party\": \"ru\",\n          \"step\": \"notice_of_withdrawal\",\n          \"date\": \"2025-01\",\n          \"grounds\": \"Extraordinary events.\"\n        }", json, StringComparison.Ordinal);
        Assert.Equal(Document, NegotiationJson.Read(json).AsT0);
    }

    [Theory]
    [InlineData(ParticipationStepKind.Ratification)]
    [InlineData(ParticipationStepKind.Acceptance)]
    [InlineData(ParticipationStepKind.Approval)]
    public void Consent_to_be_bound_after_signing_needs_a_signature_first(ParticipationStepKind step)
        => AssertSingleError(Builder().Participation("treaty", "us", step, new PartialDate(2011)), ErrorCodes.ParticipationOrder, "$.agreements[0].participation[0].step");

    [Fact]
    public void Accession_needs_no_signature()
        => Assert.True(Builder().Participation("treaty", "ua", ParticipationStepKind.Accession, new PartialDate(2011)).Build().IsT0);

    [Fact]
    public void A_resumption_needs_a_suspension()
        => AssertSingleError(
            Builder().Participation("treaty", "ua", ParticipationStepKind.Accession, new PartialDate(2011))
                .Participation("treaty", "ua", ParticipationStepKind.Suspension, new PartialDate(2012))
                .Participation("treaty", "ua", ParticipationStepKind.Resumption, new PartialDate(2013))
                .Participation("treaty", "ua", ParticipationStepKind.Resumption, new PartialDate(2014)),
            ErrorCodes.ParticipationOrder,
            "$.agreements[0].participation[3].step");

    [Fact]
    public void Nothing_follows_a_withdrawal()
        => AssertSingleError(
            Builder().Participation("treaty", "ua", ParticipationStepKind.Accession, new PartialDate(2011))
                .Participation("treaty", "ua", ParticipationStepKind.Withdrawal, new PartialDate(2012))
                .Participation("treaty", "ua", ParticipationStepKind.Accession, new PartialDate(2013)),
            ErrorCodes.ParticipationOrder,
            "$.agreements[0].participation[2].step");

    [Fact]
    public void A_step_by_a_party_not_party_to_the_agreement_breaks_a_document_rule()
        => AssertSingleError(Builder().Participation("treaty", "fr", ParticipationStepKind.Accession, new PartialDate(2011)), ErrorCodes.ParticipationByNonParty, "$.agreements[0].participation[0].party");

    [Fact]
    public void A_partys_steps_come_in_date_order()
        => AssertSingleError(
            Builder().Participation("treaty", "us", ParticipationStepKind.Signature, new PartialDate(2011, 5))
                .Participation("treaty", "ru", ParticipationStepKind.Signature, new PartialDate(2010))
                .Participation("treaty", "us", ParticipationStepKind.Ratification, new PartialDate(2011, 2)),
            ErrorCodes.DateOrder,
            "$.agreements[0].participation[2].date");

    [Fact]
    public void Misuse_is_an_argument_exception_naming_the_parameter()
    {
        Assert.Equal("agreement", Assert.Throws<ArgumentException>(() => Document.ParticipationOf(new AgreementId("nothing"), Ru)).ParamName);
        Assert.Equal("party", Assert.Throws<ArgumentException>(() => Document.ParticipationOf(Treaty, default)).ParamName);
        Assert.Equal("date", Assert.Throws<ArgumentException>(() => Document.ParticipationStatusOf(Treaty, Ru, default)).ParamName);
        Assert.Equal("agreement", Assert.Throws<ArgumentException>(() => Builder().Participation("nothing", "ru", ParticipationStepKind.Signature, new PartialDate(2010))).ParamName);
        Assert.Equal("step", Assert.Throws<ArgumentOutOfRangeException>(() => Builder().Participation("treaty", "ru", (ParticipationStepKind)99, new PartialDate(2010))).ParamName);
        Assert.Equal("Step", Assert.Throws<ArgumentOutOfRangeException>(() => new ParticipationStep(Ru, 0, new PartialDate(2010))).ParamName);
        Assert.Equal("Date", Assert.Throws<ArgumentException>(() => new ParticipationStep(Ru, ParticipationStepKind.Signature, default)).ParamName);
        Assert.Equal("Participation", Assert.Throws<ArgumentNullException>(() => new Agreement(Treaty, "T", [Ru, Us]) { Participation = [null!] }).ParamName);
    }

    private static void AssertSingleError(NegotiationBuilder builder, string code, string path)
    {
        var error = Assert.Single(builder.Build().AsT1.Errors);
        Assert.Equal((code, path), (error.Code, error.Path));
    }
}
