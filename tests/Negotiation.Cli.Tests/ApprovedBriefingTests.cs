using System.Runtime.CompilerServices;

namespace Negotiation.Cli.Tests;

/// <summary>
/// The briefing of each seed, as approved: the whole text, so that any change to what a reader sees is reviewed. On a
/// difference the test writes <c>Approved/brief-SEED.received.txt</c> beside the approved file; once the change is
/// intended, that file replaces the approved one.
/// </summary>
public sealed class ApprovedBriefingTests
{
    public static TheoryData<string> Seeds() => ["us-china-fentanyl-2023", "new-start-2010", "minsk-ii-2015", "us-iran-prisoner-exchange-2023", "us-cuba-2014"];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_briefing_of_each_seed_is_the_approved_one(string seed)
    {
        var result = Tool.Run("brief", Path.Combine(Root(), "seeds", seed + ".json"));
        Assert.Equal(0, result.ExitCode);

        var approved = Path.Combine(Here(), "Approved", $"brief-{seed}.txt");
        var received = Path.ChangeExtension(approved, ".received.txt");
        var text = result.Output.ReplaceLineEndings("\n");
        if (!File.Exists(approved) || File.ReadAllText(approved) != text)
        {
            File.WriteAllText(received, text);
        }
        else
        {
            File.Delete(received);
        }

        Assert.True(File.Exists(approved), $"No approved briefing for {seed}: review {received} and rename it to {approved}.");
        Assert.Equal(File.ReadAllText(approved), text);
    }

    private static string Here([CallerFilePath] string here = "") => Path.GetDirectoryName(here)!;

    private static string Root() => Path.GetFullPath(Path.Combine(Here(), "..", ".."));
}
