using System.Runtime.CompilerServices;

namespace Negotiation.Domain.Tests.Diagrams;

/// <summary>
/// Compares text with a committed approved file beside the test. On a difference it writes a <c>.received.txt</c> file
/// (ignored by git) and fails; to accept the change, copy it over the approved file.
/// </summary>
internal static class ApprovedText
{
    public static void Verify(string actual, string approvedFileName, [CallerFilePath] string callerPath = "")
    {
        var directory = Path.GetDirectoryName(callerPath)!;
        var approvedPath = Path.Combine(directory, approvedFileName);
        var receivedPath = Path.Combine(directory, approvedFileName + ".received.txt");
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : string.Empty;
        if (actual != approved)
        {
            File.WriteAllText(receivedPath, actual);
            Assert.Fail($"The text differs from {approvedPath}. Review {receivedPath} and, if the change is intended, copy it over the approved file.");
        }
        else if (File.Exists(receivedPath))
        {
            File.Delete(receivedPath);
        }
    }
}
