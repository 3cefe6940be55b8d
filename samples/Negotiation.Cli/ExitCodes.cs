namespace Negotiation.Cli;

/// <summary>The tool's exit codes.</summary>
internal static class ExitCodes
{
    /// <summary>Everything was valid (or done).</summary>
    public const int Success = 0;

    /// <summary>A document is invalid, or (with <c>fmt --check</c>) not in canonical form, or (with <c>bargain</c>) has no bargaining section or can't be analysed.</summary>
    public const int Invalid = 1;

    /// <summary>The command line was wrong, or a file could not be read or written.</summary>
    public const int Usage = 2;
}
