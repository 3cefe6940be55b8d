using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Reflection;
using System.Runtime.CompilerServices;
using Negotiation.Domain.Actions;
using Negotiation.Domain.Agreements;
using Negotiation.Domain.Analysis;
using Negotiation.Domain.Clauses;
using Negotiation.Domain.Attributions;
using Negotiation.Domain.Bargaining;
using Negotiation.Domain.Bargaining.Formats;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Diagrams;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.LegalInstruments;
using Negotiation.Domain.Lifecycle;
using Negotiation.Domain.Milestones;
using Negotiation.Domain.Parties;
using Negotiation.Domain.Participations;
using Negotiation.Domain.Snapshots;
using Negotiation.Domain.Performance;
using Negotiation.Domain.Pledges;
using Negotiation.Domain.Quantities;
using Negotiation.Domain.Recognitions;
using Negotiation.Domain.References;
using Negotiation.Domain.Sanctions;
using Negotiation.Domain.Schedules;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Tests.Seeds;
using Negotiation.Domain.Validation;

namespace Negotiation.Domain.Tests.Model;

/// <summary>
/// Calls every public constructor, method, operator, property accessor and indexer of a set of types, each with a valid
/// argument list, with every argument <c>default</c>, and with one argument at a time at an edge (<c>null</c>, the
/// <c>default</c> struct, -1, <see cref="int.MaxValue"/>, an undefined enum value such as <c>(TEnum)99</c>, an id the
/// seed document does not hold, a cancelled token), and reports each exception outside the documented family.
/// </summary>
/// <remarks>
/// <para>Receivers and valid arguments come from the seed document (the embedded <c>seeds/</c> file) and from small
/// valid records where the seed has none of a kind (an organization, a coalition, a counterclaim). Structs are also
/// called as their <c>default</c> value; an <c>init</c> accessor is called on a copy (<c>&lt;Clone&gt;$</c>), which is
/// what a <c>with</c> does.</para>
/// <para>The family: an <see cref="ArgumentException"/> (or a subtype) whose <see cref="ArgumentException.ParamName"/>
/// is a parameter of the member called (or, for an <c>init</c> accessor, its property); a
/// <see cref="NegotiationJsonException"/> from a <c>ReadOrThrow</c> method, which exists to throw it; an
/// <see cref="OperationCanceledException"/> when the call was given a cancelled token. Nothing else, so no
/// <see cref="IndexOutOfRangeException"/>, <see cref="KeyNotFoundException"/>, <see cref="NullReferenceException"/>,
/// <see cref="FormatException"/> or <see cref="InvalidOperationException"/> escapes a public call.</para>
/// <para>Reflection cannot pass or return a span, so a member that takes or returns one is not called here; the test
/// probes each of those by hand and holds its list of them to <see cref="SpanMembers"/>. Nothing else is skipped:
/// <c>Read(Stream)</c> is called with a stream of the seed, an empty stream and <c>null</c>, but not with a seekable
/// stream that claims 2 GiB or more, whose handling is another change's (issue 12, item 2).</para>
/// </remarks>
internal sealed class ApiProbe
{
    private const string Unknown = "no-such-record";

    private readonly NegotiationDocument _document;
    private readonly byte[] _seed;
    private readonly Dictionary<Type, Func<object>> _instances = [];
    private readonly Dictionary<Type, object> _ids = [];
    private readonly SortedSet<string> _unprobed = new(StringComparer.Ordinal);

    public ApiProbe()
    {
        _seed = SeedFiles.Bytes(SeedFiles.UsChinaFentanyl2023);
        _document = NegotiationJson.ReadOrThrow(_seed);
        var doc = _document;
        var agreement = doc.Agreements[0];
        var demand = doc.Demands.First(d => d.Response is not null);
        var person = doc.Parties.OfType<Person>().First(p => !p.Positions.IsEmpty);
        var graph = LinkageGraph.Of(doc);
        var ledger = TradeOffLedger.Of(doc, agreement.Id);
        var readError = NegotiationJson.Read("{}").AsT1;
        var whatIf = WhatIf.Apply(doc, agreement.Id).AsT1; // the seed's deal is only reported
        var organization = new Organization(new PartyId("acme"), "Acme", OrganizationType.Company, parent: new PartyId("acme-holding"));
        var coalition = new Coalition(new PartyId("bloc"), "The bloc", [new PartyId("us"), new PartyId("mx")]);

        Add(() => doc);
        Add<Party>(() => doc.Parties[0]);
        Add(() => doc.Parties.OfType<State>().First());
        Add(() => doc.Parties.OfType<GovernmentBody>().First());
        Add(() => doc.Parties.OfType<Group>().First(g => g.Size is not null));
        Add(() => person);
        Add(() => organization);
        Add(() => coalition);
        Add(() => person.Positions[0]);
        Add(() => doc.Parties.First(p => !p.ExternalIds.IsEmpty).ExternalIds[0]);
        Add(() => doc.Issues[0]);
        Add(() => demand);
        Add(() => demand.Response!);
        Add(() => doc.Demands[0].Action);
        Add(() => doc.Sanctions[0]);
        Add(() => new LegalInstrument(LegalInstrumentKind.Regulation, "Export Administration Regulations", "15 CFR 744", new PartialDate(2020, 5), new Uri("https://www.ecfr.gov/current/title-15/part-744")));
        Add(() => agreement);
        Add(() => agreement.Commitments[0]);
        Add(() => new InstrumentLink(InstrumentLinkKind.AnnexTo, agreement.Id, "An annex."));
        Add(() => new AgreementRole(doc.Parties[2].Id, RoleKind.Mediator, "Hosts the talks."));
        Add(() => new AgreementTerm(10, 6, new PartialDate(2026, 2, 5), RenewalKind.ByAgreement, 5, 3, [new TermExtension(new PartialDate(2021, 2, 3), new PartialDate(2026, 2, 5), [doc.Parties[0].Id], agreement.Attribution, "Extended.")], "A term."));
        Add(() => new ParticipationStep(doc.Parties[0].Id, ParticipationStepKind.Withdrawal, new PartialDate(2023, 2, 21), "Its supreme interests.", agreement.Attribution, "A note."));
        Add(() => new AgreementClause(ClauseKind.Reversion, [doc.Parties[0].Id], [new SanctionId("s")], 1, 30, [new ClauseInvocation(doc.Parties[0].Id, new PartialDate(2025, 8, 28), agreement.Attribution, "Invoked.")], "A snapback."));
        Add(() => new ClauseInvocation(doc.Parties[0].Id, new PartialDate(2025, 8, 28), agreement.Attribution, "Invoked."));
        Add(() => new TermExtension(new PartialDate(2021, 2, 3), new PartialDate(2026, 2, 5), [doc.Parties[0].Id], agreement.Attribution, "Extended."));
        Add(() => new Milestone(new MilestoneId("implementation-day"), "Implementation Day", MilestoneKind.Implementation, new PartialDate(2016, 1, 16), "On the IAEA's report."));
        Add(() => new Duration(14, DurationUnit.Day));
        Add(() => new SanctionChange(SanctionChangeKind.Waived, new PartialDate(2023, 9, 11), agreement.Id, agreement.Attribution, "A waiver."));
        Add(() => new PerformanceChange(PerformanceStatus.Suspended, new PartialDate(2022, 8, 8), agreement.Id, agreement.Attribution, "Halted."));
        Add(() => doc.AsOf(new PartialDate(2023, 11)));
        var bargaining = new BargainingDomain(
            [new NegotiableIssue(doc.Issues[0].Id, [new BargainingOption("keep", [new Reference(ReferenceKind.Sanction, doc.Sanctions[0].Id.Value)], "A note."), new BargainingOption("lift")], "A note.")],
            [
                new PartyPreferences(doc.Parties[0].Id, [new IssuePreference(doc.Issues[0].Id, 0.7m, [1m, 0m])], agreement.Attribution, "An assumption.") { ReservationValue = 0.2m, Discount = 0.9m },
                new PartyPreferences(doc.Parties[1].Id, [new IssuePreference(doc.Issues[0].Id, 1m, [0m, 1m])]) { ReservationOutcome = ["keep"] },
            ],
            [new AgreementOutcome(agreement.Id, ["lift"], "As reported.")],
            "A domain.");
        var analysed = BargainingAnalysis.Analyse(bargaining).AsT0;
        Add(() => bargaining);
        Add(() => bargaining.Issues[0]);
        Add(() => bargaining.Issues[0].Options[0]);
        Add(() => bargaining.Preferences[0]);
        Add(() => bargaining.Preferences[0].Issues[0]);
        Add(() => bargaining.Outcomes[0]);
        Add(() => new BargainingOptions { MaxFrontierSize = 10, Time = 0.5, CountRationalOutcomes = false });
        Add(() => analysed);
        Add(() => analysed.Frontier[0]);
        Add(() => analysed.Nash);
        Add(() => analysed.Zone);
        Add(() => analysed.Score([0]));
        Add(() => BargainingAnalysis.Analyse(bargaining with { Preferences = [bargaining.Preferences[0]] }).AsT1);
        Add(() => new GeniusImportOptions { MaxBytes = 100_000, MaxDepth = 8, MaxOptionsPerIssue = 10, RawEvaluations = true });
        Add(() => GeniusXml.Import(new MemoryStream(), []).AsT1);

        // A profile for an importer: a party and a stream, each call its own (a stream is read once).
        _instances[typeof((PartyId, Stream))] = () => (doc.Parties[0].Id, (Stream)SeedStream());
        Add(() => new UtilitySpaceSvgOptions { XParty = doc.Parties[1].Id, YParty = doc.Parties[0].Id, PartyNames = new Dictionary<PartyId, string> { [doc.Parties[0].Id] = doc.Parties[0].Name }, MaxOutcomes = 10 });
        Add<IReadOnlyDictionary<PartyId, string>>(() => new Dictionary<PartyId, string> { [doc.Parties[0].Id] = "A <name> & \"quoted\"" });
        Add(() => new Verification(agreement.Commitments[0].Id, doc.Parties[2].Id));
        Add(() => new Timing(milestone: new MilestoneId("implementation-day"), offset: new Duration(14, DurationUnit.Day)));
        Add(() => agreement.Attribution!);
        Add(() => new Counterclaim(Confidence.Denied, [doc.Sources[0].Id], "A spokesman denies it."));
        Add(() => new Pledge(new PledgeId("us-pledge"), doc.Parties[0].Id, doc.Demands[0].Action, new PartialDate(2023, 11, 15), [doc.Issues[0].Id], agreement.Id, agreement.Attribution, "A note."));
        Add(() => doc.Stances[0]);
        Add(() => doc.Events[0]);
        Add(() => doc.Sources[0]);
        Add(() => doc.Content);
        Add(() => new NegotiationBuilder("probe", "Probe"));
        Add(() => graph);
        Add(() => graph.Follow(graph.Roots[0]));
        Add(() => graph.Edges[0]);
        Add(() => graph.TradeOffs[0]);
        Add(() => graph.TradeOffs[0].Sides[0]);
        Add(() => ledger);
        Add(() => ledger.Parties[0]);
        Add(() => ledger.QuidProQuos[0]);
        Add(() => ledger.Stakeholders);
        Add(() => ledger.Stakeholders.All.First());
        Add(() => whatIf);
        Add(() => whatIf.Problems[0]);
        Add(() => new ValidationFailure([new ValidationError(ErrorCodes.SelfDemand, "$.demands[0].to", "A party demands something of itself.")]));
        Add(() => new ValidationError(ErrorCodes.SelfDemand, "$.demands[0].to", "A party demands something of itself."));
        Add(() => readError);
        Add(() => readError.Errors[0]);
        Add(() => new NegotiationJsonException(readError));
        Add(() => new NegotiationJsonOptions());
        Add(() => new TimelineSvgOptions { Width = 800, FontSize = 14 });
        Add(() => doc.Sanctions[0].Lift().AsT0.Lift().AsT1);
        Add(() => PloverMapping.For(ActionKind.LiftSanction, ActionStage.Requested));
        Add(() => new Quantity("deployed strategic warheads", Comparator.AtMost, 1550, QuantityUnit.Count));
        Add(() => new Recognition(new RecognitionId("mx-recognizes-cn"), new PartyId("mx"), new PartyId("cn"), RecognitionType.State));

        _ids[typeof(PartyId)] = doc.Parties[0].Id;
        _ids[typeof(IssueId)] = doc.Issues[0].Id;
        _ids[typeof(DemandId)] = demand.Id;
        _ids[typeof(SanctionId)] = doc.Sanctions[0].Id;
        _ids[typeof(AgreementId)] = agreement.Id;
        _ids[typeof(CommitmentId)] = agreement.Commitments[0].Id;
        _ids[typeof(StanceId)] = doc.Stances[0].Id;
        _ids[typeof(EventId)] = doc.Events[0].Id;
        _ids[typeof(MilestoneId)] = new MilestoneId("implementation-day"); // the seed has no milestone: an id no record holds
        _ids[typeof(PledgeId)] = new PledgeId("us-pledge"); // the seed has no pledge: the queries find none, and must not throw
        _ids[typeof(SourceId)] = doc.Sources[0].Id;
        _ids[typeof(RecognitionId)] = new RecognitionId("mx-recognizes-cn"); // the seed has none: an id no record holds, as the edge below
        _ids[typeof(NegotiationId)] = doc.Id;
    }

    /// <summary>How many calls the last <see cref="Run"/> made.</summary>
    public int Calls { get; private set; }

    /// <summary>The members <see cref="Run"/> could not call because a parameter or the result is a span, by <see cref="Signature"/>.</summary>
    public SortedDictionary<string, MethodBase> SpanMembers { get; } = new(StringComparer.Ordinal);

    /// <summary>The seed document the probe's receivers and ids come from.</summary>
    public NegotiationDocument Document => _document;

    /// <summary>Calls every public member of <paramref name="types"/> and returns a line for each exception outside the family.</summary>
    public List<string> Run(IEnumerable<Type> types)
    {
        var problems = new List<string>();
        Calls = 0;
        foreach (var open in types.Where(t => !t.IsInterface && !t.IsEnum && !typeof(Delegate).IsAssignableFrom(t)))
        {
            // A generic type is probed closed over string (EquatableArray<string>): its code does not depend on T.
            var type = open.IsGenericTypeDefinition ? open.MakeGenericType([.. open.GetGenericArguments().Select(_ => typeof(string))]) : open;
            var members = type.GetConstructors(BindingFlags.Public | BindingFlags.Instance).Cast<MethodBase>()
                .Concat(type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly));
            foreach (var declared in members)
            {
                var member = declared is MethodInfo { IsGenericMethodDefinition: true } generic
                    ? generic.MakeGenericMethod([.. generic.GetGenericArguments().Select(_ => typeof(string))])
                    : declared;
                var parameters = member.GetParameters();
                if (parameters.Any(p => ElementOf(p.ParameterType).IsByRefLike) || (member is MethodInfo m && m.ReturnType.IsByRefLike))
                {
                    SpanMembers[Signature(member)] = member;
                    continue;
                }

                foreach (var receiver in Receivers(member))
                {
                    foreach (var arguments in ArgumentLists(member, parameters))
                    {
                        if (Call(member, receiver, arguments) is { } problem)
                        {
                            problems.Add(problem);
                        }
                    }
                }
            }
        }

        return [.. _unprobed, .. problems];
    }

    /// <summary>Judges an exception a call threw: <see langword="null"/> when it is in the family, else what is wrong with it.</summary>
    public static string? Judge(Exception thrown, MethodBase member, object?[] arguments)
    {
        switch (thrown)
        {
            case ArgumentException argument:
                var names = member.GetParameters().Select(p => p.Name!).ToList();
                if (member.IsSpecialName && member.Name.StartsWith("set_", StringComparison.Ordinal))
                {
                    names.Add(member.Name["set_".Length..]); // an init accessor names its property, as a with's reader expects
                }

                return argument.ParamName is { } name && names.Contains(name, StringComparer.OrdinalIgnoreCase)
                    ? null
                    : $"{argument.GetType().Name} names {(argument.ParamName is null ? "no parameter" : $"'{argument.ParamName}'")}, not one of ({string.Join(", ", names)}): {argument.Message}";
            case NegotiationJsonException when member.Name == nameof(NegotiationJson.ReadOrThrow):
                return null;
            case OperationCanceledException when arguments.Any(a => a is CancellationToken { IsCancellationRequested: true }):
                return null;
            default:
                return $"{thrown.GetType().Name}: {thrown.Message}";
        }
    }

    /// <summary>The member as <c>Type.Name(ParameterType, ...)</c>.</summary>
    public static string Signature(MethodBase member)
        => $"{Name(member.DeclaringType!)}.{member.Name}({string.Join(", ", member.GetParameters().Select(p => Name(p.ParameterType)))})";

    private string? Call(MethodBase member, object? receiver, object?[] arguments)
    {
        Calls++;
        try
        {
            var result = member is ConstructorInfo constructor
                ? constructor.Invoke(BindingFlags.DoNotWrapExceptions, null, arguments, CultureInfo.InvariantCulture)
                : member.Invoke(receiver, BindingFlags.DoNotWrapExceptions, null, arguments, CultureInfo.InvariantCulture);
            Await(result);
            return null;
        }
        catch (Exception thrown)
        {
            return Judge(thrown, member, arguments) is { } problem
                ? $"{Signature(member)} on {Describe(receiver)} with ({string.Join(", ", arguments.Select(Describe))}): {problem}"
                : null;
        }
    }

    /// <summary>Waits for a task the call returned, so that what it throws counts.</summary>
    private static void Await(object? result)
    {
        switch (result)
        {
            case Task task:
                task.GetAwaiter().GetResult();
                break;
            case not null when result.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(ValueTask<>):
                ((Task)type.GetMethod(nameof(ValueTask<int>.AsTask))!.Invoke(result, null)!).GetAwaiter().GetResult();
                break;
        }
    }

    private IEnumerable<object?> Receivers(MethodBase member)
    {
        if (member.IsStatic || member is ConstructorInfo)
        {
            yield return null;
            yield break;
        }

        var type = member.DeclaringType!;
        var isInit = member is MethodInfo method && method.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
        var valid = Valid(type, null);
        yield return isInit && valid is not null ? Copy(valid) : valid;
        if (type.IsValueType)
        {
            yield return Activator.CreateInstance(type); // the default struct
        }
    }

    /// <summary>A copy of a record, made the way a <c>with</c> makes one, so that an <c>init</c> accessor called on it changes no shared receiver.</summary>
    private static object Copy(object record)
        => record.GetType().GetMethod("<Clone>$") is { } clone ? clone.Invoke(record, null)! : record;

    private IEnumerable<object?[]> ArgumentLists(MethodBase member, ParameterInfo[] parameters)
    {
        yield return [.. parameters.Select(p => Valid(ElementOf(p.ParameterType), p))];
        if (parameters.Length == 0)
        {
            yield break;
        }

        yield return [.. parameters.Select(p => Default(ElementOf(p.ParameterType)))];
        for (var i = 0; i < parameters.Length; i++)
        {
            foreach (var edge in Edges(ElementOf(parameters[i].ParameterType)))
            {
                var arguments = parameters.Select(p => Valid(ElementOf(p.ParameterType), p)).ToArray();
                arguments[i] = edge;
                yield return arguments;
            }
        }
    }

    /// <summary>A value the member is likely to accept, so that the checks of its other arguments are reached.</summary>
    private object? Valid(Type type, ParameterInfo? parameter)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            return Valid(underlying, parameter);
        }

        if (type == typeof(string))
        {
            var declaring = parameter?.Member.DeclaringType;
            var name = parameter?.Name ?? string.Empty;
            return declaring == typeof(PartialDate) ? "2023-11-15"
                : declaring == typeof(Reference) ? "agreement:" + _ids[typeof(AgreementId)]
                : declaring == typeof(NegotiationJson) ? System.Text.Encoding.UTF8.GetString(_seed)
                : declaring == typeof(CountryCode) || name.Contains("country", StringComparison.OrdinalIgnoreCase) ? "US"
                : declaring == typeof(QuantityUnit) ? (name == "code" ? "USD" : "kilogram")
                : "us";
        }

        if (type.IsEnum)
        {
            return Enum.GetValues(type).GetValue(0);
        }

        if (_ids.TryGetValue(type, out var id))
        {
            return id;
        }

        if (_instances.TryGetValue(type, out var instance))
        {
            return instance();
        }

        if (type.IsArray)
        {
            return ArrayOf(type.GetElementType()!, Valid(type.GetElementType()!, null));
        }

        if (type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(EquatableArray<>) || definition == typeof(ImmutableArray<>) || definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyList<>)))
        {
            var element = type.GetGenericArguments()[0];
            return Sequence(type, ArrayOf(element, Valid(element, null)));
        }

        return type switch
        {
            _ when type == typeof(int) => 1,
            _ when type == typeof(long) => 1L,
            _ when type == typeof(decimal) => 1.5m,
            _ when type == typeof(double) => 0.5,
            _ when type == typeof(System.Numerics.BigInteger) => System.Numerics.BigInteger.One,
            _ when type == typeof(QuantityUnit) => QuantityUnit.Kilogram,
            _ when type == typeof(bool) => true,
            _ when type == typeof(char) => 'é',
            _ when type == typeof(object) => "us",
            _ when type == typeof(Reference) => (Reference)(AgreementId)_ids[typeof(AgreementId)],
            _ when type == typeof(PartialDate) => new PartialDate(2023, 11, 15),
            _ when type == typeof(CountryCode) => new CountryCode("US"),
            _ when type == typeof(Country) => CountryTable.Get(new CountryCode("US")),
            _ when type == typeof(Uri) => new Uri("https://example.org/news"),
            _ when type == typeof(Stream) => SeedStream(),
            _ when type == typeof(IBufferWriter<byte>) => new ArrayBufferWriter<byte>(),
            _ when type == typeof(TextWriter) => new StringWriter(CultureInfo.InvariantCulture),
            _ when type == typeof(CancellationToken) => CancellationToken.None,
            _ when type == typeof(IFormatProvider) => CultureInfo.InvariantCulture,
            _ when type == typeof(DateOnly) => new DateOnly(2023, 11, 15),
            _ => Unprobed(type, parameter),
        };
    }

    /// <summary>Notes a type the probe has no value of, so that the test names every one; its default stands in meanwhile.</summary>
    private object? Unprobed(Type type, ParameterInfo? parameter)
    {
        _unprobed.Add($"ApiProbe has no value of {Name(type)} (for {parameter?.Member.DeclaringType?.Name}.{parameter?.Member.Name}): add one, valid and at the edges.");
        return Default(type);
    }

    /// <summary>The values at the edges of a type: its default, and the values a careless caller passes.</summary>
    private IEnumerable<object?> Edges(Type type)
    {
        yield return Default(type);
        if (Nullable.GetUnderlyingType(type) is { } underlying)
        {
            foreach (var edge in Edges(underlying))
            {
                yield return edge;
            }

            yield break;
        }

        if (type == typeof(int))
        {
            yield return -1;
            yield return int.MaxValue;
        }
        else if (type == typeof(long))
        {
            yield return -1L;
            yield return long.MaxValue;
        }
        else if (type == typeof(double))
        {
            yield return -1.0;
            yield return double.NaN;
            yield return double.PositiveInfinity;
        }
        else if (type == typeof(System.Numerics.BigInteger))
        {
            yield return System.Numerics.BigInteger.MinusOne;
        }
        else if (type == typeof(decimal))
        {
            yield return -1m;
            yield return decimal.MinValue;
            yield return decimal.MaxValue;
        }
        else if (type.IsEnum)
        {
            yield return Enum.ToObject(type, 99);
            yield return Enum.ToObject(type, -1);
        }
        else if (_ids.ContainsKey(type))
        {
            yield return type.GetMethod("Create", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [Unknown]);
        }
        else if (type == typeof(Reference))
        {
            yield return new Reference(ReferenceKind.Agreement, Unknown);
        }
        else if (type == typeof(DateOnly))
        {
            yield return DateOnly.MaxValue;
        }
        else if (type == typeof(Uri))
        {
            yield return new Uri("news/article", UriKind.Relative);
        }
        else if (type == typeof(Stream))
        {
            yield return new MemoryStream();
        }
        else if (type == typeof(CancellationToken))
        {
            yield return new CancellationToken(canceled: true);
        }
        else if (type.IsArray)
        {
            yield return ArrayOf(type.GetElementType()!, Default(type.GetElementType()!));
        }
        else if (type.IsGenericType && type.GetGenericTypeDefinition() is var definition
            && (definition == typeof(EquatableArray<>) || definition == typeof(ImmutableArray<>) || definition == typeof(IEnumerable<>) || definition == typeof(IReadOnlyList<>)))
        {
            var element = type.GetGenericArguments()[0];
            yield return Sequence(type, ArrayOf(element, Default(element))); // an item left default (null, an unset id)
            var valid = Valid(element, null);
            yield return Sequence(type, ArrayOf(element, valid, valid)); // an item repeated
        }
    }

    private static object? Default(Type type) => type.IsValueType ? Activator.CreateInstance(type) : null;

    private static Array ArrayOf(Type element, params object?[] items)
    {
        var array = Array.CreateInstance(element, items.Length);
        for (var i = 0; i < items.Length; i++)
        {
            array.SetValue(items[i], i);
        }

        return array;
    }

    /// <summary>The items as the sequence type asked for: an array for <see cref="IEnumerable{T}"/>, else an immutable or equatable array.</summary>
    private static object Sequence(Type type, Array items)
    {
        var element = type.GetGenericArguments()[0];
        if (type.GetGenericTypeDefinition() == typeof(IEnumerable<>) || type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return items;
        }

        var immutable = typeof(ImmutableArray).GetMethods()
            .Single(m => m.Name == nameof(ImmutableArray.ToImmutableArray) && m.GetParameters() is [{ ParameterType.IsGenericType: true } p] && p.ParameterType.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            .MakeGenericMethod(element)
            .Invoke(null, [items])!;
        return type.GetGenericTypeDefinition() == typeof(ImmutableArray<>) ? immutable : Activator.CreateInstance(type, immutable)!;
    }

    private MemoryStream SeedStream()
    {
        var stream = new MemoryStream();
        stream.Write(_seed);
        stream.Position = 0;
        return stream;
    }

    private void Add<T>(Func<T> make)
        where T : notnull
    {
        // Made once: the receivers and arguments are immutable, but for the builder, which each call gets new.
        if (typeof(T) == typeof(NegotiationBuilder))
        {
            _instances[typeof(T)] = () => make();
            return;
        }

        var made = make();
        _instances[typeof(T)] = () => made;
    }

    private static Type ElementOf(Type type) => type.IsByRef ? type.GetElementType()! : type;

    private static string Name(Type type)
        => type.IsGenericType
            ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(Name))}>"
            : type.Name;

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string text => $"\"{Cut(text)}\"",
        NegotiationDocument => "the seed",
        _ when value.GetType().IsValueType && value.Equals(Activator.CreateInstance(value.GetType())) => $"default({Name(value.GetType())})",
        _ => $"{Cut(value.ToString() ?? string.Empty)} ({Name(value.GetType())})",
    };

    private static string Cut(string text) => text.Length > 60 ? text[..60] + "…" : text;
}
