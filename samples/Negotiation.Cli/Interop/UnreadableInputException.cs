namespace Negotiation.Cli.Interop;

/// <summary>
/// A file an import needs besides its PATH (OFAC's companion files) can't be opened: the command prints the message
/// and exits 2, as for any file it can't read.
/// </summary>
/// <param name="message">What can't be read and why: <c>cannot read add.csv: no such file</c>.</param>
internal sealed class UnreadableInputException(string message) : Exception(message);
