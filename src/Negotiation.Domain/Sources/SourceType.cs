using System.Text.Json.Serialization;
using Negotiation.Domain.Serialization.Converters;

namespace Negotiation.Domain.Sources;

/// <summary>What kind of publisher a source is.</summary>
[JsonConverter(typeof(SnakeCaseEnumConverter<SourceType>))]
public enum SourceType
{
    /// <summary>A news outlet: a newspaper, a wire, a broadcaster.</summary>
    News = 1,

    /// <summary>A government publication: a press release, a register, a federal notice.</summary>
    Government,

    /// <summary>An intergovernmental body's publication.</summary>
    Intergovernmental,

    /// <summary>A non-governmental organization's report or statement.</summary>
    Ngo,

    /// <summary>A dataset or database (a sanctions list, an event dataset).</summary>
    Dataset,

    /// <summary>Academic work.</summary>
    Academic,

    /// <summary>Anything else.</summary>
    Other,
}
