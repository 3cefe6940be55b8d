using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Negotiation.Domain.Collections;
using Negotiation.Domain.Documents;
using Negotiation.Domain.Serialization;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Tests.Serialization;

/// <summary>
/// The model grows (a new record, a new list of something); these fail when the format has not grown with it: a type
/// the context has no metadata for, an array of an item type the converter factory does not name, an enum written as a
/// number.
/// </summary>
public class ContextCoverageTests
{
    private static readonly Assembly Model = typeof(NegotiationDocument).Assembly;

    [Fact]
    public void Every_array_of_a_document_has_a_converter_and_metadata_for_its_items()
    {
        var arrays = DocumentTypes().Where(IsArray).ToList();

        Assert.True(arrays.Count >= 15, $"{arrays.Count} array types");
        var factory = new EquatableArrayConverterFactory();
        Assert.All(arrays, type =>
        {
            Assert.True(factory.CanConvert(type), $"{type} has no converter in EquatableArrayConverterFactory");
            Assert.IsAssignableFrom<IEquatableArrayConverter>(NegotiationJsonContext.Default.GetTypeInfo(type)?.Converter);
            Assert.NotNull(NegotiationJsonContext.Default.GetTypeInfo(type.GetGenericArguments()[0]));
        });
    }

    /// <summary>
    /// The types a document holds, found by reflection (not through the metadata under test): from the root's members,
    /// through every settable property, array items and party kinds.
    /// </summary>
    private static HashSet<Type> DocumentTypes()
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>(Domain.Serialization.Format.FormatDescription.Of(typeof(RawDocument)).Members.Where(m => m.Value.Kind != Domain.Serialization.Format.ValueKind.Version).Select(member => member.Value.Type));
        while (queue.TryDequeue(out var type))
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (!seen.Add(type) || type.Assembly != Model)
            {
                continue;
            }

            if (IsArray(type))
            {
                queue.Enqueue(type.GetGenericArguments()[0]);
                continue;
            }

            foreach (var derived in type.GetCustomAttributes<JsonDerivedTypeAttribute>())
            {
                queue.Enqueue(derived.DerivedType);
            }

            if (type.GetCustomAttribute<JsonConverterAttribute>() is null)
            {
                foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.SetMethod is not null))
                {
                    queue.Enqueue(property.PropertyType);
                }
            }
        }

        return seen;
    }

    private static bool IsArray(Type type) => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>);

    [Fact]
    public void Every_public_record_is_served_by_its_generated_reader_and_writer()
    {
        var records = Domain.Serialization.Format.FormatDescription.Records.Where(record => record.Type.IsPublic).ToList();
        Assert.True(records.Count >= 20, $"{records.Count} records");
        Assert.All(records, record => Assert.Equal(
            typeof(Domain.Serialization.Format.FormatConverter<>).MakeGenericType(record.Type),
            NegotiationJson.SerializerOptions.GetTypeInfo(record.Type).Converter.GetType()));
    }

    [Fact]
    public void Every_enum_of_a_record_is_written_as_a_snake_case_string()
    {
        var enums = ModelMetadata.Records(ModelMetadata.ContextOptions)
            .SelectMany(info => info.Properties)
            .Select(property => Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType)
            .Select(type => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>) ? type.GetGenericArguments()[0] : type)
            .Where(type => type.IsEnum)
            .Distinct()
            .ToList();

        Assert.True(enums.Count >= 14, $"{enums.Count} enums");
        Assert.All(enums, type =>
        {
            var info = NegotiationJsonContext.Default.GetTypeInfo(type)!;
            Assert.Equal(JsonTypeInfoKind.None, info.Kind);
            Assert.Equal(typeof(SnakeCaseEnumConverter<>), info.Converter.GetType().GetGenericTypeDefinition());
        });
    }
}
