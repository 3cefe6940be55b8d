using Negotiation.Domain.Attributions;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Recognitions;
using Negotiation.Domain.References;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Stances;

namespace Negotiation.Domain.Tests.Documents;

/// <summary>
/// Issue 13, item 20: one party's recognition, or non-recognition, of another as a state or as a government, dated and
/// attributed, in a collection of its own; and the query of who recognises whom, as what, as the document stands.
/// </summary>
public class RecognitionTests
{
    private static readonly PartyId Northland = new("northland");
    private static readonly PartyId Southland = new("southland");
    private static readonly PartyId Eastland = new("eastland");
    private static readonly PartyId Junta = new("junta");

    /// <summary>
    /// Northland recognised Southland as a state in 1990 and withdrew it in 2019-05; Eastland recognised it in 2001 and
    /// says it does not recognise the junta that now governs it; Northland recognises the junta as its government.
    /// </summary>
    private static NegotiationBuilder Case() => new NegotiationBuilder("recognitions", "Recognitions")
        .Source("gazette", "Official Gazette", Sources.SourceType.Government)
        .State("northland", "Northland", "NO")
        .State("southland", "Southland", "SE")
        .State("eastland", "Eastland", "EE")
        .Body("junta", "Military council", Parties.GovernmentBodyType.Executive, "southland")
        .Recognition("north-recognizes-south", "northland", "southland", RecognitionType.State, date: new PartialDate(1990))
        .Recognition("east-recognizes-south", "eastland", "southland", RecognitionType.State, date: new PartialDate(2001, 3))
        .Recognition("north-withdraws-south", "northland", "southland", RecognitionType.State, RecognitionPosition.WithdrawsRecognition, new PartialDate(2019, 5), Attribution.Official([new SourceId("gazette")]))
        .Recognition("east-rejects-junta", "eastland", "junta", RecognitionType.Government, RecognitionPosition.DoesNotRecognize)
        .Recognition("north-recognizes-junta", "northland", "junta", RecognitionType.Government, date: new PartialDate(2021, 2, 1));

    [Fact]
    public void Recognitions_are_written_in_their_own_collection_and_read_back_equal()
    {
        var document = Case().Build().AsT0;

        var json = NegotiationJson.Write(document);

        Assert.Equal(5, document.Recognitions.Count);
        Assert.Contains("\"recognitions\": [", json, StringComparison.Ordinal);
        Assert.Contains("\"by\": \"northland\",\n      \"recognized\": \"southland\",\n      \"type\": \"state\",\n      \"position\": \"withdraws_recognition\",\n      \"date\": \"2019-05\"", json, StringComparison.Ordinal);
        Assert.Equal(document, NegotiationJson.ReadOrThrow(json));
        Assert.Equal(RecognitionPosition.DoesNotRecognize, document.Find(new RecognitionId("east-rejects-junta"))!.Position);
    }

    [Fact]
    public void Who_recognises_a_party_now_is_the_latest_record_of_each_party_and_type()
    {
        var document = Case().Build().AsT0;

        // Northland's withdrawal (2019-05) stands over its recognition (1990); Eastland's recognition stands.
        Assert.Equal(["east-recognizes-south", "north-withdraws-south"], document.RecognitionOf(Southland).Select(r => r.Id.Value));
        Assert.Equal([(Eastland, RecognitionType.State)], document.RecognizersOf(Southland));
        Assert.Equal([(Northland, RecognitionType.Government)], document.RecognizersOf(Junta));
        Assert.Empty(document.RecognizersOf(Junta, RecognitionType.State));
        Assert.Empty(document.RecognizersOf(Northland));
    }

    [Fact]
    public void Between_records_of_one_pair_the_later_date_wins_then_the_later_record_and_an_undated_one_comes_first()
    {
        // Written out of order: a recognition of 2020, then an undated refusal, then a refusal of 2018.
        var document = new NegotiationBuilder("d", "D")
            .State("northland", "Northland", "NO")
            .State("southland", "Southland", "SE")
            .Recognition("recognized-2020", "northland", "southland", RecognitionType.State, date: new PartialDate(2020))
            .Recognition("refused-undated", "northland", "southland", RecognitionType.State, RecognitionPosition.DoesNotRecognize)
            .Recognition("refused-2018", "northland", "southland", RecognitionType.State, RecognitionPosition.DoesNotRecognize, new PartialDate(2018))
            .Build().AsT0;
        Assert.Equal("recognized-2020", Assert.Single(document.RecognitionOf(Southland)).Id.Value);

        // Of two records on the same date, the one later in the document stands; a day of 2020 sorts after 2020.
        var same = document.ToBuilder()
            .Recognition("refused-2020", "northland", "southland", RecognitionType.State, RecognitionPosition.DoesNotRecognize, new PartialDate(2020))
            .Build().AsT0;
        Assert.Equal("refused-2020", Assert.Single(same.RecognitionOf(Southland)).Id.Value);
        var day = same.ToBuilder()
            .Recognition("recognized-2020-06-01", "northland", "southland", RecognitionType.State, date: new PartialDate(2020, 6, 1))
            .Build().AsT0;
        Assert.Equal([(Northland, RecognitionType.State)], day.RecognizersOf(Southland));
    }

    [Fact]
    public void A_party_that_recognises_itself_is_a_self_reference_at_its_recognized_member()
    {
        var failure = Case().Recognition("north-recognizes-itself", "northland", "northland", RecognitionType.State).Build().AsT1;

        var error = Assert.Single(failure.Errors);
        Assert.Equal((ErrorCodes.SelfReference, "$.recognitions[5].recognized"), (error.Code, error.Path));
        Assert.Equal("'northland' cannot recognise itself, nor refuse to", error.Message);
    }

    [Fact]
    public void Both_parties_must_be_in_the_document()
    {
        var failure = new NegotiationBuilder("d", "D")
            .State("northland", "Northland", "NO")
            .Recognition("r", "northland", "atlantis", RecognitionType.State)
            .Recognition("s", "atlantis", "northland", RecognitionType.Government)
            .Build().AsT1;

        Assert.Equal(
            [(ErrorCodes.DanglingReference, "$.recognitions[0].recognized"), (ErrorCodes.DanglingReference, "$.recognitions[1].by")],
            failure.Errors.Select(e => (e.Code, e.Path)));
    }

    [Fact]
    public void Ids_of_recognitions_are_unique_and_a_recognition_can_be_referred_to()
    {
        var duplicate = Case().Recognition("east-rejects-junta", "northland", "eastland", RecognitionType.State).Build().AsT1;
        Assert.Equal((ErrorCodes.DuplicateId, "$.recognitions[5].id"), (duplicate.Code, duplicate.Path));

        // A stance on a recognition: Southland opposes Northland's withdrawal.
        var document = Case().Stance("south-protests", "southland", new RecognitionId("north-withdraws-south"), StancePosition.Oppose).Build().AsT0;
        Assert.Equal("recognition:north-withdraws-south", document.Stances[0].Subject.ToString());
        Assert.Equal(Southland, Assert.Single(document.OpponentsOf(new RecognitionId("north-withdraws-south"))).Id);
        Assert.True(document.Contains(new Reference(ReferenceKind.Recognition, "north-withdraws-south")));
        Assert.False(document.Contains(new Reference(ReferenceKind.Recognition, "north-recognizes-east")));
    }

    [Fact]
    public void The_record_refuses_what_no_document_could_hold()
    {
        var recognition = new Recognition(new RecognitionId("r"), Northland, Southland, RecognitionType.State);
        Assert.Equal(RecognitionPosition.Recognizes, recognition.Position);
        Assert.Equal("Recognized", Assert.Throws<ArgumentException>(() => recognition with { Recognized = default }).ParamName);
        Assert.Equal("Type", Assert.Throws<ArgumentOutOfRangeException>(() => recognition with { Type = (RecognitionType)9 }).ParamName);
        Assert.Equal("Position", Assert.Throws<ArgumentOutOfRangeException>(() => recognition with { Position = 0 }).ParamName);
        Assert.Equal("recognized", Assert.Throws<ArgumentException>(() => new NegotiationBuilder("d", "D").Recognition("r", "northland", "Not A Slug", RecognitionType.State)).ParamName);
    }
}
