namespace Negotiation.Domain.Generators.Model;

/// <summary>
/// One record of the format, as the generator sees it: what it reads, writes, walks and describes. Made of strings and
/// lists that compare by value, so that Roslyn's incremental pipeline can tell when nothing changed.
/// </summary>
/// <param name="Name">The record's simple name (<c>Agreement</c>).</param>
/// <param name="TypeName">Its fully qualified name (<c>global::Negotiation.Domain.Agreements.Agreement</c>).</param>
/// <param name="IsAbstract">Whether it is the abstract base of kinds told apart by a discriminator.</param>
/// <param name="Discriminator">For an abstract base, the discriminator's JSON name (<c>kind</c>).</param>
/// <param name="Kinds">For an abstract base, its kinds: the discriminator value and the record's simple name.</param>
/// <param name="KindValue">For a kind of an abstract base, its discriminator value (<c>state</c>).</param>
/// <param name="BaseName">For a kind, the simple name of its base.</param>
/// <param name="Members">The members, in the order they are written.</param>
/// <param name="Arguments">The constructor's parameters, in order, as the CLR names of the members they set.</param>
/// <param name="Streamed">Whether it is written to streams record by record (the root), and so also gets a stepped writer.</param>
/// <param name="IsPublic">Whether users see the type, and so may serialize it on its own with System.Text.Json.</param>
internal sealed record RecordModel(
    string Name,
    string TypeName,
    bool IsAbstract,
    string? Discriminator,
    EquatableList<KindModel> Kinds,
    string? KindValue,
    string? BaseName,
    EquatableList<MemberModel> Members,
    EquatableList<string> Arguments,
    bool Streamed,
    bool IsPublic);

/// <summary>A kind of an abstract record: its discriminator value and the simple name of its record.</summary>
/// <param name="Value">The discriminator value.</param>
/// <param name="Name">The record's simple name.</param>
internal sealed record KindModel(string Value, string Name);

/// <summary>A member of a record.</summary>
/// <param name="ClrName">The property's name.</param>
/// <param name="JsonName">The member's JSON name.</param>
/// <param name="Value">What its value is.</param>
/// <param name="Required">Whether the JSON must have it: a constructor parameter without a default.</param>
/// <param name="Nullable">Whether the property's type admits null (a nullable value type or an annotated reference).</param>
/// <param name="InConstructor">Whether the constructor sets it; otherwise an object initializer does.</param>
/// <param name="Default">The C# expression of its value when the JSON leaves it out.</param>
/// <param name="DeclaredType">The property's C# type, fully qualified, with its nullable annotation.</param>
/// <param name="Rules">The guards its <c>init</c> accessor calls (<c>Name</c>, <c>NotEmpty</c>, ...), with the limits they are given.</param>
/// <param name="Legacy">Whether it is a member of an earlier version only (<c>[FormatLegacy]</c>): read, to be upgraded, but never written, walked or described.</param>
internal sealed record MemberModel(
    string ClrName,
    string JsonName,
    ValueModel Value,
    bool Required,
    bool Nullable,
    bool InConstructor,
    string Default,
    string DeclaredType,
    EquatableList<string> Rules,
    bool Legacy);

/// <summary>What a value is, for reading, writing and walking it.</summary>
/// <param name="Category">One of the categories in <see cref="Categories"/>.</param>
/// <param name="TypeName">The value's type, fully qualified, without a nullable annotation.</param>
/// <param name="RecordName">For a record, its simple name.</param>
/// <param name="Element">For an array, its items.</param>
internal sealed record ValueModel(string Category, string TypeName, string? RecordName, ValueModel? Element)
{
    /// <summary>Whether a value of this kind is, or holds, an id that points at another record.</summary>
    public bool IsReference => Category is Categories.Id or Categories.Reference;
}

/// <summary>The kinds of values the format knows.</summary>
internal static class Categories
{
    public const string String = "String";
    public const string Int32 = "Int32";
    public const string Decimal = "Decimal";
    public const string Unit = "Unit";
    public const string Version = "Version";
    public const string Uri = "Uri";
    public const string Date = "Date";
    public const string Country = "Country";
    public const string Reference = "Reference";
    public const string Id = "Id";
    public const string Enum = "Enum";
    public const string Record = "Record";
    public const string Array = "Array";
}
