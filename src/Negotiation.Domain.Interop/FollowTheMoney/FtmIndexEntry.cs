namespace Negotiation.Domain.Interop.FollowTheMoney;

/// <summary>What the index keeps of one id: the kind of its entity and the line it was first read from.</summary>
internal readonly record struct FtmIndexEntry(FtmKind Kind, long Line);
