using Negotiation.Domain.Agreements;
using Negotiation.Domain.Analysis;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Serialization;
using static Negotiation.Domain.Tests.Analysis.TinyCase;

namespace Negotiation.Domain.Tests.Documents;

/// <summary>
/// Issue 13, item 5: parties that are not bound by an agreement take part in it as mediator, guarantor, verifier,
/// depositary, ... Each role is a party and a kind; the party need not be a party to the agreement; no party has the
/// same role twice; a role is never a commitment.
/// </summary>
public class RoleTests
{
    private static readonly PartyId Mediator = new("east");
    private static readonly PartyId Watchdog = new("watchdog");

    /// <summary>The small case, with a mediating state and a verifying organization that are not parties to the deal, and Northland its guarantor.</summary>
    private static NegotiationDocument WithRoles() => Document(content => content with
    {
        Parties =
        [
            .. content.Parties,
            new State(Mediator, "Eastland", new CountryCode("QA")),
            new Organization(Watchdog, "The Watchdog", OrganizationType.Intergovernmental),
        ],
        Agreements =
        [
            DealAgreement with
            {
                Roles =
                [
                    new AgreementRole(Mediator, RoleKind.Mediator, "Hosted the last round.", Attribution.Reported(Wire)),
                    new AgreementRole(Mediator, RoleKind.Host),
                    new AgreementRole(Watchdog, RoleKind.Verifier, "Checks the crackdown."),
                    new AgreementRole(North, RoleKind.Guarantor),
                ],
            },
        ],
    });

    [Fact]
    public void The_same_role_given_twice_to_one_party_is_refused_by_the_agreement_and_by_a_with()
    {
        AgreementRole[] twice = [new(Mediator, RoleKind.Mediator), new(North, RoleKind.Mediator), new(Mediator, RoleKind.Mediator, "Again, with a note.")];

        var made = Assert.Throws<ArgumentException>(() => new Agreement(Deal, "Deal", [North, South]) { Roles = [.. twice] });
        var changed = Assert.Throws<ArgumentException>(() => DealAgreement with { Roles = [.. twice] });

        Assert.Equal(("Roles", "roles[2] gives 'east' the role 'mediator' a second time. (Parameter 'Roles')"), (made.ParamName, made.Message));
        Assert.Equal(made.Message, changed.Message);
        Assert.Equal(ErrorCodes.DuplicateRole, RuleCode.Of(made));
        Assert.Throws<ArgumentNullException>(() => DealAgreement with { Roles = [null!] });
    }

    [Fact]
    public void A_party_may_have_several_roles_and_several_parties_the_same_role()
    {
        var agreement = DealAgreement with { Roles = [new(Mediator, RoleKind.Mediator), new(Mediator, RoleKind.Host), new(North, RoleKind.Mediator)] };

        Assert.Equal(3, agreement.Roles.Count);
        Assert.Empty(DealAgreement.Roles);
    }

    [Fact]
    public void The_roles_of_an_agreement_are_listed_all_or_of_one_kind()
    {
        var document = WithRoles();

        Assert.Equal([Mediator, Mediator, Watchdog, North], document.RolesIn(Deal).Select(r => r.Party));
        Assert.Equal([Watchdog], document.RolesIn(Deal, RoleKind.Verifier).Select(r => r.Party));
        Assert.Empty(document.RolesIn(Deal, RoleKind.Depositary));
        Assert.Equal("agreement", Assert.Throws<ArgumentException>(() => document.RolesIn(new AgreementId("no-deal"))).ParamName);
        Assert.Equal("role", Assert.Throws<ArgumentOutOfRangeException>(() => document.RolesIn(Deal, (RoleKind)99)).ParamName);
    }

    [Fact]
    public void The_agreements_where_a_party_has_a_role_include_those_it_is_not_a_party_to()
    {
        var document = WithRoles();

        Assert.Equal([Deal], document.AgreementsWithRole(Mediator).Select(a => a.Id));
        Assert.Equal([Deal], document.AgreementsWithRole(Mediator, RoleKind.Host).Select(a => a.Id));
        Assert.Empty(document.AgreementsWithRole(Mediator, RoleKind.Verifier));
        Assert.Empty(document.AgreementsOf(Mediator)); // it has a role, and is not a party
        Assert.Equal([Deal], document.AgreementsWithRole(North).Select(a => a.Id));
        Assert.Empty(document.AgreementsWithRole(South));
    }

    [Fact]
    public void The_ledger_does_not_count_a_role_as_a_commitment()
    {
        var plain = TradeOffLedger.Of(Document(), Deal);
        var withRoles = TradeOffLedger.Of(WithRoles(), Deal);

        // The same parties, giving and getting the same: Northland, a party and the deal's guarantor, gives nothing more
        // for being its guarantor, and the mediator and the verifier have no entry at all.
        Assert.Equal(plain.Parties, withRoles.Parties);
        Assert.Equal(plain.QuidProQuos, withRoles.QuidProQuos);
        Assert.Equal("party", Assert.Throws<ArgumentException>(() => withRoles.For(Mediator)).ParamName);
        Assert.Equal(plain.For(North).Commitments, WithRoles().CommitmentsByParty(Deal)[North]);
    }

    [Fact]
    public void A_party_with_a_role_is_concerned_by_the_agreement_and_silent_until_it_takes_a_stance()
    {
        var map = StakeholderMap.Of(WithRoles(), Deal);

        Assert.Contains(Mediator, map.Silent);
        Assert.Contains(Watchdog, map.Silent);
        Assert.Equal(map.Silent.Count, map.Silent.Distinct().Count()); // Northland, a party and the guarantor, once
    }

    [Fact]
    public void The_builder_gives_roles_in_agreements_already_added()
    {
        var built = new NegotiationBuilder("talks", "Talks")
            .State("north", "Northland", "NO")
            .State("south", "Southland", "ZA")
            .State("east", "Eastland", "QA")
            .Add(new Agreement(Deal, "Deal", [North, South]))
            .Role("deal", "east", RoleKind.Mediator, "Shuttled between the capitals.")
            .Role("deal", "east", RoleKind.Witness)
            .Role("deal", "north", RoleKind.Depositary)
            .Build();

        var document = built.Match(d => d, failure => throw new InvalidOperationException(failure.ToString()));
        Assert.Equal(
            [(Mediator, RoleKind.Mediator, "Shuttled between the capitals."), (Mediator, RoleKind.Witness, null), (North, RoleKind.Depositary, null)],
            document.RolesIn(Deal).Select(r => (r.Party, r.Role, r.Note)));
    }

    [Fact]
    public void The_builder_refuses_a_role_twice_and_a_role_in_an_agreement_not_yet_added_naming_the_argument()
    {
        var builder = new NegotiationBuilder("talks", "Talks").Add(new Agreement(Deal, "Deal", [North, South])).Role("deal", "east", RoleKind.Mediator);

        Assert.Equal("role", Assert.Throws<ArgumentException>(() => builder.Role("deal", "east", RoleKind.Mediator, "Again.")).ParamName);
        Assert.Equal("agreement", Assert.Throws<ArgumentException>(() => builder.Role("later", "east", RoleKind.Mediator)).ParamName);
        Assert.Equal("Role", Assert.Throws<ArgumentOutOfRangeException>(() => builder.Role("deal", "east", (RoleKind)99)).ParamName, ignoreCase: true);
    }

    [Fact]
    public void A_role_of_a_party_the_document_does_not_hold_is_a_dangling_reference()
    {
        var result = NegotiationDocument.Create(new NegotiationId("tiny"), "Tiny", Content with
        {
            Agreements = [DealAgreement with { Roles = [new AgreementRole(North, RoleKind.Guarantor), new AgreementRole(Mediator, RoleKind.Mediator)] }],
        });

        var error = Assert.Single(result.AsT1.Errors);
        Assert.Equal((ErrorCodes.DanglingReference, "$.agreements[0].roles[1].party"), (error.Code, error.Path));
    }

    [Fact]
    public void Roles_are_written_in_snake_case_and_read_back_equal()
    {
        var document = WithRoles();

        var json = NegotiationJson.Write(document);

        Assert.Contains("\"roles\": [", json, StringComparison.Ordinal);
        Assert.Contains("\"party\": \"watchdog\",\n          \"role\": \"verifier\",\n          \"note\": \"Checks the crackdown.\"", json, StringComparison.Ordinal);
        Assert.Equal(document, NegotiationJson.ReadOrThrow(json));
        Assert.DoesNotContain("\"roles\"", NegotiationJson.Write(Document()), StringComparison.Ordinal); // none: left out, as version 1 wrote it
    }

    [Fact]
    public void Reading_a_role_given_twice_gives_its_code_at_the_roles()
    {
        var json = NegotiationJson.Write(WithRoles()).Replace("\"role\": \"host\"", "\"role\": \"mediator\"", StringComparison.Ordinal);

        var error = NegotiationJson.Read(json).AsT1;

        Assert.Equal((ErrorCodes.DuplicateRole, "$.agreements[0].roles"), (error.Code, error.Path));
        Assert.Equal("roles[1] gives 'east' the role 'mediator' a second time.", error.Message);
    }
}
