using Negotiation.Domain.Dates;

namespace Negotiation.Domain.Interop.FollowTheMoney;

/// <summary>An occupancy as the index keeps it for its holder: the post's id and the dates.</summary>
internal sealed record FtmOccupancy(string Post, PartialDate? From, PartialDate? To);
