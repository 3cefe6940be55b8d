namespace Negotiation.Domain.Interop.FollowTheMoney;

/// <summary>The shapes in which OpenSanctions publishes FollowTheMoney data.</summary>
public enum FtmFormat
{
    /// <summary><c>entities.ftm.json</c>: one entity per line, <c>{"id", "schema", "properties": {prop: [strings]}}</c>.</summary>
    Entities = 1,

    /// <summary><c>targets.nested.json</c>: one target per line, with its adjacent entities (sanctions, addresses, ...) nested inside its properties.</summary>
    NestedTargets,

    /// <summary><c>statements.csv</c>: one row per property value, read by the header's column names; the rows of one entity are consecutive.</summary>
    Statements,
}
