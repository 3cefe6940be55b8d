using Ardalis.GuardClauses;
using Negotiation.Domain.Dates;
using Negotiation.Domain.Guards;
using Negotiation.Domain.Identifiers;
using Negotiation.Domain.Serialization.Format;

namespace Negotiation.Domain.Sources;

/// <summary>Where a fact comes from: a publisher, a title, an address and a date.</summary>
[FormatRecord]
public sealed record Source
{
    /// <summary>Creates a source.</summary>
    /// <param name="id">The source's id.</param>
    /// <param name="publisher">Who published it ("Bloomberg", "US Department of the Treasury").</param>
    /// <param name="type">What kind of publisher it is.</param>
    /// <param name="title">The title of the piece.</param>
    /// <param name="url">Its absolute address.</param>
    /// <param name="published">When it was published.</param>
    public Source(SourceId id, string publisher, SourceType type, string? title = null, Uri? url = null, PartialDate? published = null)
    {
        Id = id;
        Publisher = publisher;
        Type = type;
        Title = title;
        Url = url;
        Published = published;
    }

    /// <summary>The source's id.</summary>
    public SourceId Id { get; init => field = Guard.Against.DefaultId(value, nameof(Id)); }

    /// <summary>Who published it.</summary>
    public string Publisher { get; init => field = Guard.Against.NullOrInvalidName(value, nameof(Publisher)); }

    /// <summary>What kind of publisher it is.</summary>
    public SourceType Type { get; init => field = Guard.Against.UndefinedEnumValue(value, nameof(Type)); }

    /// <summary>The title of the piece.</summary>
    public string? Title { get; init => field = Guard.Against.InvalidName(value, nameof(Title)); }

    /// <summary>Its absolute address.</summary>
    /// <remarks>
    /// Two sources are equal only if their addresses are the same text, as a document writes it: <c>https://example.org/a#x</c>
    /// and <c>https://Example.org:443/a#y</c> are different addresses here, though <see cref="Uri.Equals(object)"/> calls them equal.
    /// </remarks>
    public Uri? Url { get => _url.Value; init => _url = new(Guard.Against.NonWebAddress(value, nameof(Url))); }

    /// <summary>When it was published.</summary>
    public PartialDate? Published { get; init => field = Guard.Against.DefaultDate(value, nameof(Published)); }

    // The address for equality and the hash code, which compare a record's fields: by its text, not by Uri.Equals.
    private readonly OrdinalUri _url;
}
