namespace Negotiation.Domain.Serialization.Converters;

/// <summary>Tells the item type of an <see cref="EquatableArrayConverter{T}"/> without reflection, for the reader that locates errors.</summary>
internal interface IEquatableArrayConverter
{
    Type ItemType { get; }
}
