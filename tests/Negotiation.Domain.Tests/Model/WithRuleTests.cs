using System.Collections;
using System.Reflection;
using Negotiation.Domain.Actions;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Errors;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Serialization.Format;
using Negotiation.Domain.Tests.Scenarios;
using Negotiation.Domain.Tests.Serialization;

namespace Negotiation.Domain.Tests.Model;

/// <summary>
/// Issue 12, item 5: no <c>with</c> breaks a rule a constructor keeps. The rules between members are a sanction's
/// dates (the end not before the start nor the listing), a position's dates (to not before from), a body's parent (not
/// itself) and an action's shape (a lift names a sanction; an imposition, an enforcement or an export restriction names
/// a target, an item or a sanction; "other" has a description). Each member's <c>init</c> accessor checks them against
/// the others' current values.
/// </summary>
public class WithRuleTests
{
    private static readonly Sanction Listed = new(
        new SanctionId("s"), new PartyId("us"), [new PartyId("x")], [SanctionMeasure.ExportControl],
        [new SanctionChange(SanctionChangeKind.Imposed, new PartialDate(2020, 6)), new SanctionChange(SanctionChangeKind.Lifted, new PartialDate(2023, 11))],
        listingDate: new PartialDate(2020, 5));

    private static readonly PositionHeld Office = new("Secretary of State", new PartyId("us"), new PartialDate(2021, 1, 26), new PartialDate(2025, 1, 20));

    private static readonly GovernmentBody Ministry = new(new PartyId("cn-mps"), "Ministry of Public Security", GovernmentBodyType.Ministry, new PartyId("cn"));

    [Fact]
    public void A_sanction_listed_after_its_end_by_a_with_is_refused_by_the_document_rules_with_the_path_of_the_change()
    {
        // A sanction's dates are its history's, across records: the document checks them, and names the change.
        var relisted = Listed with { ListingDate = new PartialDate(2024) };
        var failure = new NegotiationBuilder("d", "D").State("us", "United States", "US").State("x", "X", "MX").Add(relisted).Build().AsT1;
        Assert.Equal((ErrorCodes.DateOrder, "$.sanctions[0].history[1].date"), (failure.Errors[0].Code, failure.Errors[0].Path));

        // A valid with still reads back.
        var moved = Listed with { ListingDate = new PartialDate(2023, 11) };
        var document = new NegotiationBuilder("d", "D").State("us", "United States", "US").State("x", "X", "MX").Add(moved).Build().AsT0;
        Assert.Equal(document, NegotiationJson.ReadOrThrow(NegotiationJson.Write(document)));
    }

    [Fact]
    public void A_history_put_out_of_order_by_a_with_is_refused_by_the_document_rules_as_overlapping_periods()
    {
        var reversed = Listed with { History = [Listed.History[1], Listed.History[0]] };
        var failure = new NegotiationBuilder("d", "D").State("us", "United States", "US").State("x", "X", "MX").Add(reversed).Build().AsT1;
        Assert.Equal(
            [(ErrorCodes.SanctionHistoryOrder, "$.sanctions[0].history[1].kind"), (ErrorCodes.OverlappingPeriod, "$.sanctions[0].history[1].date")],
            failure.Errors.Select(e => (e.Code, e.Path)));
    }

    [Fact]
    public void A_position_cannot_end_before_it_starts_by_a_with()
    {
        var from = Assert.Throws<ArgumentException>(() => Office with { From = new PartialDate(2026) });
        Assert.Equal(("From", "from (2026) is after to (2025-01-20). (Parameter 'From')"), (from.ParamName, from.Message));
        Assert.Equal("To", Assert.Throws<ArgumentException>(() => Office with { To = new PartialDate(2020) }).ParamName);
        Assert.Equal(new PartialDate(2021), (Office with { From = new PartialDate(2021) }).From);
    }

    [Fact]
    public void A_body_cannot_become_its_own_parent_by_a_with()
    {
        var id = Assert.Throws<ArgumentException>(() => Ministry with { Id = new PartyId("cn") });
        Assert.Equal(("Id", "A body cannot be its own parent: 'cn' is both its id and its parent's. (Parameter 'Id')"), (id.ParamName, id.Message));
        Assert.Equal(ErrorCodes.ParentCycle, RuleCode.Of(id)); // the code the reader gives it
        Assert.Equal("Parent", Assert.Throws<ArgumentException>(() => Ministry with { Parent = new PartyId("cn-mps") }).ParamName);

        var renamed = Ministry with { Id = new PartyId("cn-mps-2") };
        Assert.Equal((new PartyId("cn-mps-2"), new PartyId("cn")), (renamed.Id, renamed.Parent));

        // The id keeps its place in the format, first after the kind, though a body overrides it.
        var json = NegotiationJson.Write(new NegotiationBuilder("d", "D").State("cn", "China", "CN").Add(renamed).Build().AsT0);
        Assert.Contains("\"kind\": \"government_body\",\n      \"id\": \"cn-mps-2\",", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a lift loses its sanctions", "Sanctions", "An action of kind lift_sanction names at least one sanction.")]
    [InlineData("a lift loses its sanctions to default", "Sanctions", "An action of kind lift_sanction names at least one sanction.")]
    [InlineData("an action without sanctions becomes a lift", "Kind", "An action of kind lift_sanction names at least one sanction.")]
    [InlineData("an enforcement loses its only targets", "Targets", "An action of kind enforce names at least one target, item or sanction.")]
    [InlineData("an enforcement loses its only items", "Items", "An action of kind enforce names at least one target, item or sanction.")]
    [InlineData("an imposition loses its only sanctions", "Sanctions", "An action of kind impose_sanction names at least one target, item or sanction.")]
    [InlineData("an action that names nothing becomes an export restriction", "Kind", "An action of kind restrict_exports names at least one target, item or sanction.")]
    [InlineData("other loses its description", "Description", "An action of kind other needs a description.")]
    [InlineData("an action without a description becomes other", "Kind", "An action of kind other needs a description.")]
    public void An_action_keeps_the_shape_its_kind_asks_for_after_any_with(string change, string member, string message)
    {
        var sanction = new SanctionId("s");
        Func<PolicyAction> with = change switch
        {
            "a lift loses its sanctions" => () => PolicyAction.Lift([sanction]) with { Sanctions = [] },
            "a lift loses its sanctions to default" => () => PolicyAction.Lift([sanction]) with { Sanctions = default },
            "an action without sanctions becomes a lift" => () => new PolicyAction(ActionKind.Release, "Free them.") with { Kind = ActionKind.LiftSanction },
            "an enforcement loses its only targets" => () => new PolicyAction(ActionKind.Enforce, targets: [new PartyId("x")]) with { Targets = [] },
            "an enforcement loses its only items" => () => new PolicyAction(ActionKind.Enforce, items: ["fentanyl"]) with { Items = default },
            "an imposition loses its only sanctions" => () => new PolicyAction(ActionKind.ImposeSanction, sanctions: [sanction]) with { Sanctions = [] },
            "an action that names nothing becomes an export restriction" => () => new PolicyAction(ActionKind.Refrain) with { Kind = ActionKind.RestrictExports },
            "other loses its description" => () => new PolicyAction(ActionKind.Other, "Something else.") with { Description = null },
            "an action without a description becomes other" => () => new PolicyAction(ActionKind.Refrain) with { Kind = ActionKind.Other },
            _ => throw new ArgumentOutOfRangeException(nameof(change), change, "No such case."),
        };

        var error = Assert.Throws<ArgumentException>(() => with());
        Assert.Equal((member, $"{message} (Parameter '{member}')"), (error.ParamName, error.Message));
    }

    [Fact]
    public void An_action_changes_shape_by_a_with_that_assigns_what_the_new_kind_needs_first()
    {
        var release = new PolicyAction(ActionKind.Release, "Free them.");
        var lift = release with { Sanctions = [new SanctionId("s")], Kind = ActionKind.LiftSanction };
        Assert.Equal((ActionKind.LiftSanction, 1), (lift.Kind, lift.Sanctions.Count));
        Assert.Equal(PolicyAction.Lift([new SanctionId("t")]), PolicyAction.Lift([new SanctionId("s")]) with { Sanctions = [new SanctionId("t")] });
        Assert.Equal("Kind", Assert.Throws<ArgumentException>(() => release with { Kind = ActionKind.LiftSanction, Sanctions = [new SanctionId("s")] }).ParamName);
    }

    /// <summary>
    /// The rule, for every record of the seed, of generated documents and of the records above, and every member: a
    /// <c>with</c> that sets one member to a value is refused exactly when the constructor refuses the same record made
    /// with that value, and it names the member. The values tried are the member's default, every value of its enum,
    /// the other members' values of its type (a parent's id for the id), dates ten years either side of each date of the
    /// record, and a list's item repeated. It finds a rule between members that only a constructor keeps.
    /// </summary>
    [Fact]
    public void A_with_refuses_a_value_exactly_when_the_constructor_refuses_it()
    {
        var records = new List<object> { Listed, Office, Ministry, PolicyAction.Lift([new SanctionId("s")]), new PolicyAction(ActionKind.Other, "Talk.") };
        foreach (var document in new[] { SeedScenario.Build(), DocumentGen.Make(seed: 1), DocumentGen.Make(seed: 2) })
        {
            records.AddRange(RecordWalk.Records(document).Where(r => r.Record.Type == r.Instance.GetType() && r.Record.Type != typeof(RawDocument)).Select(r => r.Instance));
        }

        var tried = 0;
        var disagreements = new List<string>();
        foreach (var record in records)
        {
            var description = FormatDescription.Of(record.GetType());
            foreach (var member in description.Members)
            {
                foreach (var value in Candidates(record, description, member))
                {
                    tried++;
                    var made = Refusal(() => Construct(record, description, member, value));
                    var changed = Refusal(() => With(record, member, value));
                    if ((made is null) != (changed is null) || (changed is not null && changed.ParamName != member.PropertyName))
                    {
                        disagreements.Add($"{description.Name}.{member.PropertyName} = {value ?? "null"}: the constructor {(made is null ? "accepts it" : $"refuses it ({made.Message})")}, a with {(changed is null ? "accepts it" : $"refuses it naming {changed.ParamName} ({changed.Message})")}");
                    }
                }
            }
        }

        Assert.True(tried > 2000, $"only {tried} values were tried");
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements.Distinct().Take(40)));
    }

    private static ArgumentException? Refusal(Action make)
    {
        try
        {
            make();
            return null;
        }
        catch (TargetInvocationException wrapped) when (wrapped.InnerException is ArgumentException refused)
        {
            return refused;
        }
    }

    /// <summary>The record made anew through its constructor (and initializer) with <paramref name="value"/> for <paramref name="changed"/>.</summary>
    private static object Construct(object record, RecordDescription description, MemberDescription changed, object? value)
    {
        var type = record.GetType();
        var constructor = type.GetConstructors()
            .Where(c => c.GetParameters().All(p => description.Members.Any(m => Names(m, p))))
            .MaxBy(c => c.GetParameters().Length)!;
        var arguments = constructor.GetParameters()
            .Select(p => description.Members.First(m => Names(m, p)))
            .Select(m => m == changed ? value : RecordWalk.ValueOf(record, m))
            .ToArray();
        var made = constructor.Invoke(arguments);
        foreach (var member in description.Members.Where(m => !constructor.GetParameters().Any(p => Names(m, p))))
        {
            type.GetProperty(member.PropertyName)!.SetValue(made, member == changed ? value : RecordWalk.ValueOf(record, member));
        }

        return made;
    }

    /// <summary><c>record with { Member = value }</c>: a copy, then the member's <c>init</c> accessor.</summary>
    private static object With(object record, MemberDescription member, object? value)
    {
        var copy = record.GetType().GetMethod("<Clone>$")!.Invoke(record, null)!;
        record.GetType().GetProperty(member.PropertyName)!.SetValue(copy, value);
        return copy;
    }

    private static IEnumerable<object?> Candidates(object record, RecordDescription description, MemberDescription member)
    {
        var property = record.GetType().GetProperty(member.PropertyName)!;
        var type = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
        yield return property.PropertyType.IsValueType ? Activator.CreateInstance(property.PropertyType) : null;
        if (type != property.PropertyType)
        {
            yield return Activator.CreateInstance(type); // the default struct, set
        }

        if (type.IsEnum)
        {
            foreach (var value in Enum.GetValues(type))
            {
                yield return value;
            }
        }

        // The values of the record's other members of the same type: a body's parent for its id, a date for another.
        foreach (var other in description.Members.Where(m => m != member))
        {
            var otherProperty = record.GetType().GetProperty(other.PropertyName)!;
            if ((Nullable.GetUnderlyingType(otherProperty.PropertyType) ?? otherProperty.PropertyType) == type && otherProperty.GetValue(record) is { } value)
            {
                yield return value;
            }
        }

        if (type == typeof(PartialDate))
        {
            foreach (var other in description.Members)
            {
                if (RecordWalk.ValueOf(record, other) is PartialDate date)
                {
                    yield return new PartialDate(Math.Max(date.Year - 10, 1));
                    yield return new PartialDate(Math.Min(date.Year + 10, 9999));
                }
            }
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>)
            && property.GetValue(record) is IEnumerable items && items.Cast<object>().FirstOrDefault() is { } first)
        {
            var array = Array.CreateInstance(type.GetGenericArguments()[0], 2);
            array.SetValue(first, 0);
            array.SetValue(first, 1);
            yield return typeof(EquatableArray).GetMethod(nameof(EquatableArray.ToEquatableArray))!.MakeGenericMethod(type.GetGenericArguments()[0]).Invoke(null, [array]);
        }
    }

    private static bool Names(MemberDescription member, ParameterInfo parameter)
        => string.Equals(member.PropertyName, parameter.Name, StringComparison.OrdinalIgnoreCase);
}
