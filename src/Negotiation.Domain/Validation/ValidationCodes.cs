namespace Negotiation.Domain.Validation;

/// <summary>The stable codes of the document-level rules. They are part of the public contract: they do not change.</summary>
public static class ValidationCodes
{
    /// <summary>Two records of the same kind share an id.</summary>
    public const string DuplicateId = "duplicate-id";

    /// <summary>A reference names a record that is not in the document.</summary>
    public const string DanglingReference = "dangling-reference";

    /// <summary>A party demands something of itself.</summary>
    public const string SelfDemand = "self-demand";

    /// <summary>Parent bodies (or group affiliations) form a cycle.</summary>
    public const string ParentCycle = "parent-cycle";

    /// <summary>Coalition memberships form a cycle.</summary>
    public const string MembershipCycle = "membership-cycle";

    /// <summary>A government body's parent is not a state or a government body.</summary>
    public const string InvalidParent = "invalid-parent";

    /// <summary>A commitment is made by a party that is not a party to the agreement.</summary>
    public const string CommitmentByNonParty = "commitment-by-non-party";

    /// <summary>A commitment is conditional on itself.</summary>
    public const string SelfCondition = "self-condition";

    /// <summary>An action breaks a rule across its fields (a lift that names no sanction).</summary>
    public const string InvalidAction = "invalid-action";

    /// <summary>Two dates are out of order (an answer before the demand it answers).</summary>
    public const string DateOrder = "date-order";

    /// <summary>A chain of parent links is deeper than <see cref="Documents.NegotiationDocument.MaxParentDepth"/>: no real hierarchy is, and tools that draw or brief a document walk it.</summary>
    public const string ParentTooDeep = "parent-too-deep";

    /// <summary>A commitment claims to fulfil a demand its own party made: only the party asked (or a body of it) can meet a demand.</summary>
    public const string SelfFulfilment = "self-fulfilment";

    /// <summary>A sanction names its own authority among its targets: a party does not sanction itself.</summary>
    public const string SelfSanction = "self-sanction";
}
