using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Negotiation.Domain.Actions;
using Negotiation.Domain.Countries;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Quantities;
using Negotiation.Domain.References;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Serialization.Converters;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>
/// Makes the format's JSON Schema (draft 2020-12) from the format description, <see cref="FormatDescription.Records"/>,
/// and from nothing else: each record's members, which are required and which may be null, a party's kinds, and the
/// constraints that the guards of each member's <c>init</c> accessor stand for. The reader, the writer and the
/// reference walk are generated from the same description, so the schema cannot drift from them.
/// </summary>
/// <remarks>
/// Every rule name is mapped below on purpose, even those a schema cannot state, and a rule the map lacks stops the
/// generator: a new guard is never left out of the schema unnoticed. Ids, enums, dates, country codes and references
/// get their schemas from their own types (the patterns, the snake_case names, the assigned codes). Records, ids and
/// enums become <c>$defs</c>, referred to by name. <see cref="SchemaTests"/> holds the committed file to this output
/// and says how to write it.
/// </remarks>
internal sealed class SchemaGenerator
{
    private readonly Dictionary<Type, RecordDescription> _records;
    private readonly SortedDictionary<string, JsonNode> _defs = new(StringComparer.Ordinal);

    private SchemaGenerator(IEnumerable<RecordDescription> records) => _records = records.ToDictionary(r => r.Type);

    /// <summary>The schema of the format, as the package ships it.</summary>
    public static string Generate() => Generate(FormatDescription.Records);

    /// <summary>The schema of the format that <paramref name="records"/> describe; the root is <see cref="RawDocument"/>.</summary>
    public static string Generate(ImmutableArray<RecordDescription> records) => new SchemaGenerator(records).Build();

    /// <summary>The rule names this generator knows what to do with.</summary>
    public static IReadOnlyCollection<string> MappedRules => RuleConstraints.Keys;

    /// <summary>A rule as the description gives it (<c>NullOrInvalidText:MaxNameLength</c>) without its limits.</summary>
    public static string RuleName(string rule) => rule.Split(':')[0];

    private string Build()
    {
        var root = _records[typeof(RawDocument)];
        var members = ObjectSchema(root, discriminator: null);
        var schema = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "Negotiation document",
            ["description"] = $"A negotiation document of Negotiation.Domain, format version {NegotiationDocument.CurrentFormatVersion}: parties, issues, demands, sanctions, agreements, stances, events, sources and recognitions. Generated from the library's format description; the reader also checks rules a schema cannot (references resolve, ids are unique, dates are in order).",
        };

        // The root is written inline, not as a $defs entry, with the $defs after its own members.
        foreach (var (name, value) in members.ToList())
        {
            members.Remove(name);
            schema[name] = value;
        }

        foreach (var (name, definition) in TextDefinitions())
        {
            _defs[name] = definition;
        }

        schema["$defs"] = new JsonObject([.. _defs.Select(def => KeyValuePair.Create(def.Key, (JsonNode?)def.Value))]);
        return schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, IndentSize = 2, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    /// <summary>
    /// A record of members: each member's schema, the required ones, and no other member. A kind of a party also has
    /// its <paramref name="discriminator"/>, required and constant.
    /// </summary>
    private JsonObject ObjectSchema(RecordDescription record, string? discriminator)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        if (discriminator is not null)
        {
            properties[discriminator] = new JsonObject { ["const"] = record.KindValue };
            required.Add(discriminator);
        }

        foreach (var member in record.Members)
        {
            properties[member.JsonName] = MemberSchema(record, member);
            if (member.Required)
            {
                required.Add(member.JsonName);
            }
        }

        var schema = new JsonObject { ["type"] = "object", ["properties"] = properties };
        if (required.Count > 0)
        {
            schema["required"] = required;
        }

        schema["additionalProperties"] = false;
        if (record.Type == typeof(PolicyAction))
        {
            schema["allOf"] = ActionNeeds(record);
        }

        if (record.Type == typeof(Schedules.Timing))
        {
            // Exactly one anchor: a branch per anchor, set and not null (null is absent to the reader).
            schema["oneOf"] = new JsonArray([.. new[] { "date", "milestone", "after" }.Select(anchor => (JsonNode)new JsonObject
            {
                ["required"] = new JsonArray(anchor),
                ["properties"] = new JsonObject { [anchor] = new JsonObject { ["not"] = new JsonObject { ["type"] = "null" } } },
            })]);
        }

        return schema;
    }

    /// <summary>
    /// What an action's kind asks of its other members (a lift names a sanction, an imposition a target, an item or a
    /// sanction, "other" a description), as one <c>if</c> the kind / <c>then</c> these members per kind. No guard of a
    /// single member states it, so the description does not carry it: it is found by asking the record itself, which
    /// of its optional members, set or left out, its constructor takes for each kind. The members that make an action
    /// acceptable must stay acceptable with more set, or the generator stops: a rule of another shape needs a new
    /// mapping here.
    /// </summary>
    private static JsonArray ActionNeeds(RecordDescription record)
    {
        string[] optional = ["description", "targets", "sanctions", "items", "terms"];

        // Members no kind asks for: PolicyAction's shape guard does not take them (beneficiaries are who the action is
        // for, whatever it does).
        string[] shapeless = ["beneficiaries"];
        if (!record.Members.Where(member => !member.Required).Select(member => member.JsonName).Order(StringComparer.Ordinal).SequenceEqual(optional.Concat(shapeless).Order(StringComparer.Ordinal)))
        {
            throw new InvalidOperationException($"PolicyAction's optional members are not {string.Join(", ", optional.Concat(shapeless))}: teach SchemaGenerator.{nameof(ActionNeeds)} how to set the new ones.");
        }

        static bool Accepts(ActionKind kind, int set)
        {
            try
            {
                _ = new PolicyAction(
                    kind,
                    (set & 1) != 0 ? "d" : null,
                    (set & 2) != 0 ? [new PartyId("p")] : default,
                    (set & 4) != 0 ? [new SanctionId("s")] : default,
                    (set & 8) != 0 ? ["i"] : default,
                    (set & 16) != 0 ? [new Quantity("q", Comparator.AtMost, 1, QuantityUnit.Count)] : default);
                return true;
            }
            catch (ArgumentException)
            {
                return false;
            }
        }

        var rules = new JsonArray();
        var all = (1 << optional.Length) - 1;
        foreach (var kind in Enum.GetValues<ActionKind>())
        {
            var accepted = Enumerable.Range(0, all + 1).Where(set => Accepts(kind, set)).ToList();
            if (accepted.Count == all + 1)
            {
                continue;
            }

            if (accepted.Any(set => Enumerable.Range(0, all + 1).Any(more => (more & set) == set && !accepted.Contains(more))))
            {
                throw new InvalidOperationException($"PolicyAction of kind {kind} refuses more members where it takes fewer: SchemaGenerator.{nameof(ActionNeeds)} cannot state that rule.");
            }

            // The least sets of members that make it acceptable: each an alternative, with every member set (there,
            // not null, and an array with an item).
            var least = accepted.Where(set => !accepted.Any(other => other != set && (other & set) == other)).ToList();
            var alternatives = least.Select(set =>
            {
                var members = Enumerable.Range(0, optional.Length).Where(i => (set & (1 << i)) != 0).Select(i => optional[i]).ToList();
                var present = new JsonObject();
                foreach (var name in members)
                {
                    present[name] = record.Members.Single(member => member.JsonName == name).Value.Kind == ValueKind.Array
                        ? new JsonObject { ["type"] = "array", ["minItems"] = 1 }
                        : new JsonObject { ["not"] = new JsonObject { ["type"] = "null" } };
                }

                return (JsonNode)new JsonObject { ["required"] = new JsonArray([.. members.Select(name => (JsonNode)name)]), ["properties"] = present };
            }).ToList();

            rules.Add(new JsonObject
            {
                ["if"] = new JsonObject { ["properties"] = new JsonObject { ["kind"] = new JsonObject { ["const"] = SnakeCaseEnumConverter<ActionKind>.NameOf(kind).Value } }, ["required"] = new JsonArray("kind") },
                ["then"] = alternatives.Count == 1 ? alternatives[0] : new JsonObject { ["anyOf"] = new JsonArray([.. alternatives]) },
            });
        }

        return rules;
    }

    private JsonNode MemberSchema(RecordDescription record, MemberDescription member)
    {
        var schema = ValueSchema(member.Value);
        foreach (var rule in member.Rules)
        {
            var parts = rule.Split(':');
            if (!RuleConstraints.TryGetValue(parts[0], out var constrain))
            {
                throw new InvalidOperationException($"{record.Name}.{member.PropertyName} (\"{member.JsonName}\") has the rule '{rule}', which SchemaGenerator does not map: add it to {nameof(RuleConstraints)}, with the constraint it stands for or the reason a schema cannot state it.");
            }

            try
            {
                constrain(schema, Limit(parts));
            }
            catch (InvalidOperationException problem)
            {
                throw new InvalidOperationException($"{record.Name}.{member.PropertyName} (\"{member.JsonName}\"), rule '{rule}': {problem.Message}", problem);
            }
        }

        // The reader reads null for any optional member as absent (an array, an enum with a default, as much as a
        // nullable one), so the schema allows it too; a required member must have a value.
        return member.Required ? schema : OrNull(schema);
    }

    /// <summary>The schema of a value of the description, before its member's rules: inline for strings, numbers and arrays, a <c>$ref</c> otherwise.</summary>
    private JsonObject ValueSchema(ValueDescription value) => value.Kind switch
    {
        ValueKind.String => new JsonObject { ["type"] = "string" },

        // The reader takes only numbers that fit an Int32.
        ValueKind.Int32 => new JsonObject { ["type"] = "integer", ["minimum"] = int.MinValue, ["maximum"] = int.MaxValue },
        // The current version alone: version 2 changes what version-1 members mean (a sanction's status became its
        // history), so the schema describes the version the library writes. A version-1 document is read, and
        // upgraded, by the library; the schema does not describe it.
        ValueKind.Version => new JsonObject { ["const"] = NegotiationDocument.CurrentFormatVersion },

        // The reader takes numbers a decimal holds exactly: within its range, and (which a schema cannot say of every
        // validator's numbers) at most 28 decimal places.
        ValueKind.Decimal => new JsonObject { ["type"] = "number", ["minimum"] = decimal.MinValue, ["maximum"] = decimal.MaxValue },
        ValueKind.Unit => Ref(value.Type, () => new JsonObject { ["description"] = "A unit: a measure in lower case, or the ISO 4217 code of a currency of List One (as of 2024-06-25, with XCG).", ["type"] = "string", ["enum"] = new JsonArray([.. QuantityUnit.Measures.Concat(QuantityUnit.Currencies).Select(unit => (JsonNode)unit)]) }),
        // No "format": "uri": the pattern of the guard (NonWebAddress) states the whole rule, stricter than RFC 3986,
        // and JsonSchema.Net 8's check of that format throws on some texts ("\t@HTTP://") instead of failing them.
        ValueKind.Uri => new JsonObject { ["type"] = "string" },
        ValueKind.Date => Ref(value.Type, () => new JsonObject { ["description"] = "A date known to the year, the month or the day (ISO 8601 prefix); the day must exist.", ["type"] = "string", ["pattern"] = Whole(PartialDate.Pattern) }),
        ValueKind.Country => Ref(value.Type, () => new JsonObject { ["description"] = "An assigned ISO 3166-1 alpha-2 code, upper case (XK for Kosovo).", ["type"] = "string", ["pattern"] = Whole(CountryCode.Pattern), ["enum"] = new JsonArray([.. CountryCode.All.Select(code => (JsonNode)code)]) }),
        ValueKind.Reference => Ref(value.Type, () => new JsonObject { ["description"] = "A reference to a record of the document, as kind:id.", ["type"] = "string", ["pattern"] = Whole(Reference.Pattern) }),
        ValueKind.Id => Ref(value.Type, () => new JsonObject { ["description"] = "A slug: lower-case letters and digits in runs joined by single hyphens.", ["type"] = "string", ["pattern"] = Whole(Slug.Pattern), ["maxLength"] = Slug.MaxLength }),
        ValueKind.Enum => Ref(value.Type, () => new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. EnumNames(value.Type).Select(name => (JsonNode)name)]) }),
        ValueKind.Record => Ref(value.Type, () => RecordSchema(_records[value.Type])),
        ValueKind.Array => new JsonObject { ["type"] = "array", ["items"] = ValueSchema(value.Element ?? throw new InvalidOperationException($"The array {value.Type} has no element.")) },
        _ => throw new InvalidOperationException($"No schema for the value kind {value.Kind}: teach SchemaGenerator about it."),
    };

    /// <summary>A record's schema; an abstract record with kinds is one of its kinds, told apart by the discriminator.</summary>
    private JsonObject RecordSchema(RecordDescription record)
    {
        if (record.Discriminator is { } discriminator)
        {
            var kinds = new JsonArray();
            foreach (var (_, type) in record.Kinds)
            {
                var kind = _records[type];
                kinds.Add(Ref(type, () => ObjectSchema(kind, discriminator)));
            }

            return new JsonObject { ["type"] = "object", ["required"] = new JsonArray(discriminator), ["oneOf"] = kinds };
        }

        if (record.BaseName is not null)
        {
            throw new InvalidOperationException($"{record.Name} is a kind of {record.BaseName}: it is described through its base, never on its own.");
        }

        return ObjectSchema(record, discriminator: null);
    }

    /// <summary>A <c>$ref</c> to the definition of <paramref name="type"/>, made by <paramref name="define"/> the first time.</summary>
    private JsonObject Ref(Type type, Func<JsonObject> define)
    {
        var name = char.ToLowerInvariant(type.Name[0]) + type.Name[1..];
        if (!_defs.ContainsKey(name))
        {
            _defs[name] = new JsonObject(); // reserved first, so that a record that refers to itself ends
            _defs[name] = define();
        }

        return new JsonObject { ["$ref"] = $"#/$defs/{name}" };
    }

    /// <summary>The JSON names of an enum's values, from the converter that reads and writes them, so the schema cannot disagree with either.</summary>
    private static IEnumerable<string> EnumNames(Type type)
    {
        var converter = typeof(SnakeCaseEnumConverter<>).MakeGenericType(type);
        var names = converter.GetProperty(nameof(SnakeCaseEnumConverter<ValueKind>.JsonNames))!.GetValue(null);
        return (IEnumerable<string>)names!;
    }

    private static JsonObject OrNull(JsonObject schema)
        => schema is { Count: 1 } && schema["type"] is JsonValue type
            ? new JsonObject { ["type"] = new JsonArray(type.GetValue<string>(), "null") }
            : new JsonObject { ["anyOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) };

    // What each guard stands for in the schema (Guards/*.cs), applied to the member's schema before null is allowed.
    // The int is the limit the call gives the guard, when it gives one (TooFewItems:2, NullOrInvalidText:MaxNameLength).
    private static readonly Dictionary<string, Action<JsonObject, int?>> RuleConstraints = new(StringComparer.Ordinal)
    {
        // Text (TextGuards): set, at most so many characters, no control characters or bidirectional overrides.
        ["NullOrInvalidName"] = NoLimit(schema => Text(schema, TextGuards.MaxNameLength)),
        ["InvalidName"] = NoLimit(schema => Text(schema, TextGuards.MaxNameLength)),
        ["InvalidNames"] = NoLimit(schema => Text(Items(schema), TextGuards.MaxNameLength)),
        ["NullOrInvalidText"] = (schema, limit) => Text(schema, limit ?? TextGuards.MaxTextLength),
        ["InvalidText"] = NoLimit(schema => Text(schema, TextGuards.MaxTextLength)),

        // Lists (SlugGuards, ValueGuards): no repeat, and at least so many items.
        ["DefaultOrRepeatedIds"] = NoLimit(schema => Of(schema, "array")["uniqueItems"] = true),
        ["DefaultOrRepeatedReferences"] = NoLimit(schema => Of(schema, "array")["uniqueItems"] = true),
        ["UndefinedOrRepeatedEnumValues"] = NoLimit(schema => Of(schema, "array")["uniqueItems"] = true),
        ["EmptyList"] = NoLimit(schema => AtLeast(Of(schema, "array"), "minItems", 1)),
        ["TooFewItems"] = WithLimit((schema, least) => AtLeast(Of(schema, "array"), "minItems", least)),

        // Numbers and addresses (ValueGuards).
        ["BelowMinimum"] = WithLimit((schema, least) => AtLeast(Of(schema, "integer"), "minimum", least)),
        ["NegativeAmount"] = NoLimit(schema => Of(schema, "number")["minimum"] = 0),

        // The numbers of a bargaining domain (BargainingGuards): values in [0, 1], weights in [0, 1 000], a discount
        // in (0, 1], a reservation value in [0, 1 000 000].
        ["OutsideUnitInterval"] = NoLimit(schema => Range(Of(schema, "number"), 0, 1)),
        ["OutsideUnitIntervals"] = NoLimit(schema => Range(Of(Items(schema), "number"), 0, 1)),
        ["OutsideWeightRange"] = NoLimit(schema => Range(Of(schema, "number"), 0, (double)BargainingGuards.MaxWeight)),
        ["OutsideReservationRange"] = NoLimit(schema => Range(Of(schema, "number"), 0, (double)BargainingGuards.MaxReservation)),
        ["OutsideDiscountRange"] = NoLimit(schema =>
        {
            Of(schema, "number").Remove("minimum");
            schema["exclusiveMinimum"] = 0;
            schema["maximum"] = 1;
        }),
        ["NonWebAddress"] = NoLimit(schema =>
        {
            Of(schema, "string")["maxLength"] = WebAddress.MaxLength;
            schema["pattern"] = Whole(WebAddress.Pattern);
        }),

        // Rules the schema already states through the value's own schema, or cannot state at all:
        // a default id, date or country is a .NET value that no JSON text reads as (the patterns need a real one);
        ["DefaultId"] = NoLimit(_ => { }),
        ["DefaultDate"] = NoLimit(_ => { }),
        ["DefaultCountry"] = NoLimit(_ => { }),
        ["DefaultUnit"] = NoLimit(_ => { }),

        // an enum's definition lists its names, and a record's items are objects, which null is not;
        ["UndefinedEnumValue"] = NoLimit(_ => { }),
        ["NullItems"] = NoLimit(_ => { }),

        // a date out of order, or a body that is its own parent, compares two members, which a schema cannot; the
        // reader checks them, with codes of their own (date-order, parent-cycle).
        ["DateOutOfOrder"] = NoLimit(_ => { }),
        ["OwnParent"] = NoLimit(_ => { }),

        // a role given twice to the same party compares two members of two items (uniqueItems compares whole items,
        // and two roles with different notes are different items); the reader checks it, with a code of its own
        // (duplicate-role). That no item is null the items' schema says already.
        ["RepeatedRoles"] = NoLimit(_ => { }),

        // an action's kind asks for other members (a lift names a sanction): each member's guard checks the whole
        // action, so the rule is stated once for the action (if kind, then members), not per member.
        ["ActionShape"] = NoLimit(_ => { }),

        // a timing has exactly one anchor (a date, a milestone, a commitment): stated once for the timing, as oneOf.
        ["TimingShape"] = NoLimit(_ => { }),
    };

    private static void Range(JsonObject schema, double minimum, double maximum)
    {
        schema["minimum"] = minimum;
        schema["maximum"] = maximum;
    }

    // The limits a guard call may name; a literal number is taken as it is.
    private static readonly Dictionary<string, int> NamedLimits = new(StringComparer.Ordinal)
    {
        [nameof(TextGuards.MaxNameLength)] = TextGuards.MaxNameLength,
        [nameof(TextGuards.MaxTextLength)] = TextGuards.MaxTextLength,
    };

    // Names are one line and text may have line breaks and tabs, as TextGuards tells them apart: by the length allowed.
    // What characters each may hold is a definition of its own, referred to by every member: the patterns are long.
    private const string OneLineDefinition = "line";
    private const string LinesDefinition = "text";

    private static readonly Lazy<string> OneLine = new(() => TextPattern(multiline: false));
    private static readonly Lazy<string> Lines = new(() => TextPattern(multiline: true));

    private static void Text(JsonObject schema, int maxLength)
    {
        Of(schema, "string");
        schema["minLength"] = 1;
        schema["maxLength"] = maxLength;
        schema["$ref"] = $"#/$defs/{(maxLength > TextGuards.MaxNameLength ? LinesDefinition : OneLineDefinition)}";
    }

    /// <summary>The definitions of the characters of a name and of free text, which <see cref="Text"/> refers to.</summary>
    private static IEnumerable<(string Name, JsonObject Schema)> TextDefinitions()
    {
        yield return (OneLineDefinition, new JsonObject { ["description"] = "One line of text (a name, a title): at least one visible character; no control character, bidirectional control, line break, tab or lone surrogate.", ["type"] = "string", ["pattern"] = Whole(OneLine.Value) });
        yield return (LinesDefinition, new JsonObject { ["description"] = "Free text: at least one visible character; line breaks and tabs, but no other control character, no bidirectional control and no lone surrogate.", ["type"] = "string", ["pattern"] = Whole(Lines.Value) });
    }

    /// <summary>
    /// The pattern of the characters <see cref="TextGuards"/> lets a text hold, made by asking its own tests of every
    /// character: <c>^I*VA*$</c>, where <c>I</c> is an allowed character that shows nothing, <c>V</c> one that shows,
    /// and <c>A</c> any allowed one. <c>I</c> and <c>V</c> share no character, so a match never backtracks. Characters
    /// past U+FFFF are written as surrogate pairs, the UTF-16 code units that ECMA-262's patterns (without the <c>u</c>
    /// flag) and .NET's see; a lone surrogate matches none of the three.
    /// </summary>
    private static string TextPattern(bool multiline)
    {
        var refused = new List<int>();
        var invisible = new List<int>();
        for (var c = 0; c <= 0xFFFF; c++)
        {
            if (c is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            if (TextGuards.IsControl((char)c) || (!multiline && TextGuards.IsLineBreak((char)c)))
            {
                refused.Add(c);
            }
            else if (TextGuards.IsInvisible(new System.Text.Rune(c)))
            {
                invisible.Add(c);
            }
        }

        // Past U+FFFF: for each high surrogate, the low surrogates that make an invisible character with it.
        var invisibleLows = new SortedDictionary<int, List<int>>();
        for (var c = 0x10000; c <= 0x10FFFF; c++)
        {
            if (TextGuards.IsInvisible(new System.Text.Rune(c)))
            {
                var high = 0xD800 + ((c - 0x10000) >> 10);
                if (!invisibleLows.TryGetValue(high, out var lows))
                {
                    invisibleLows[high] = lows = [];
                }

                lows.Add(0xDC00 + ((c - 0x10000) & 0x3FF));
            }
        }

        const int LowCount = 0x400;
        var surrogates = Enumerable.Range(0xD800, 0x800).ToList();
        var allInvisible = invisibleLows.Where(h => h.Value.Count == LowCount).Select(h => h.Key).ToList();
        var someInvisible = invisibleLows.Where(h => h.Value.Count < LowCount).ToList();
        var noneInvisible = Enumerable.Range(0xD800, 0x400).Where(h => !invisibleLows.ContainsKey(h)).ToList();
        var lowsOf = Enumerable.Range(0xDC00, LowCount).ToList();

        var anyPair = $"[{Class(Enumerable.Range(0xD800, 0x400))}][{Class(lowsOf)}]";
        var allowed = $"(?:[^{Class(refused.Concat(surrogates))}]|{anyPair})";
        var invisibleOnes = new[] { $"[{Class(invisible)}]" }
            .Concat(allInvisible.Count > 0 ? [$"[{Class(allInvisible)}][{Class(lowsOf)}]"] : [])
            .Concat(someInvisible.Select(h => $"{Class([h.Key])}[{Class(h.Value)}]"));
        var visibleOnes = new[] { $"[^{Class(refused.Concat(invisible).Concat(surrogates))}]", $"[{Class(noneInvisible)}][{Class(lowsOf)}]" }
            .Concat(someInvisible.Select(h => $"{Class([h.Key])}[{Class(lowsOf.Except(h.Value))}]"));
        return $"^(?:{string.Join("|", invisibleOnes)})*(?:{string.Join("|", visibleOnes)}){allowed}*$";
    }

    /// <summary>The inside of a character class of <paramref name="characters"/>, in ranges: <c>\u0000-\u001f\u007f</c>.</summary>
    private static string Class(IEnumerable<int> characters)
    {
        var sorted = characters.Distinct().Order().ToList();
        var text = new System.Text.StringBuilder();
        for (var i = 0; i < sorted.Count;)
        {
            var end = i;
            while (end + 1 < sorted.Count && sorted[end + 1] == sorted[end] + 1)
            {
                end++;
            }

            text.Append(CultureInfo.InvariantCulture, $"\\u{sorted[i]:x4}");
            if (end > i)
            {
                text.Append(CultureInfo.InvariantCulture, $"{(end > i + 1 ? "-" : string.Empty)}\\u{sorted[end]:x4}");
            }

            i = end + 1;
        }

        return text.ToString();
    }

    /// <summary>
    /// A pattern anchored at the very end of the text. <c>$</c> is the end in ECMA-262, which JSON Schema names, but
    /// .NET's and Python's engines (so JsonSchema.Net and Python's jsonschema) also let it match before a final line
    /// break, which would let an id of <c>us</c> and a line break pass; "no character follows" means the end in every engine.
    /// </summary>
    private static string Whole(string pattern)
        => pattern.StartsWith('^') && pattern.EndsWith('$')
            ? pattern[..^1] + "(?![\\s\\S])"
            : throw new InvalidOperationException($"the pattern {pattern} is not anchored at both ends.");

    private static JsonObject Items(JsonObject schema) => Of(schema, "array")["items"]!.AsObject();

    private static void AtLeast(JsonObject schema, string keyword, int least)
        => schema[keyword] = schema[keyword] is JsonValue known && known.GetValue<int>() > least ? known.GetValue<int>() : least;

    /// <summary>The schema itself, after checking that the rule fits its type (a list rule on a list, a text rule on text).</summary>
    private static JsonObject Of(JsonObject schema, string type)
        => schema["type"] is JsonValue actual && actual.GetValue<string>() == type
            ? schema
            : throw new InvalidOperationException($"the rule applies to a value of type {type}, but this one is {schema.ToJsonString()}.");

    private static int? Limit(string[] rule)
    {
        if (rule.Length == 1)
        {
            return null;
        }

        if (rule.Length > 2)
        {
            throw new InvalidOperationException("it has more than one limit; SchemaGenerator takes one.");
        }

        return int.TryParse(rule[1], NumberStyles.None, CultureInfo.InvariantCulture, out var literal) ? literal
            : NamedLimits.TryGetValue(rule[1], out var named) ? named
            : throw new InvalidOperationException($"the limit {rule[1]} is not one SchemaGenerator knows: add it to {nameof(NamedLimits)}.");
    }

    private static Action<JsonObject, int?> NoLimit(Action<JsonObject> constrain)
        => (schema, limit) =>
        {
            if (limit is not null)
            {
                throw new InvalidOperationException("the guard is given a limit, which its mapping in SchemaGenerator does not use.");
            }

            constrain(schema);
        };

    private static Action<JsonObject, int?> WithLimit(Action<JsonObject, int> constrain)
        => (schema, limit) => constrain(schema, limit ?? throw new InvalidOperationException("the guard is given no limit; pass it as a literal number or a named Max… constant, so the description carries it."));
}
