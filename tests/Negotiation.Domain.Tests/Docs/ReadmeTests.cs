using System.Runtime.CompilerServices;

namespace Negotiation.Domain.Tests.Docs;

/// <summary>The README shows exactly the code the quick-start sample compiles and runs.</summary>
public class ReadmeTests
{
    private static string Root([CallerFilePath] string here = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));

    [Fact]
    public void The_readme_quick_start_is_the_sample_program()
    {
        var readme = File.ReadAllText(Path.Combine(Root(), "README.md")).ReplaceLineEndings("\n");
        var program = File.ReadAllText(Path.Combine(Root(), "samples", "Negotiation.QuickStart", "Program.cs")).ReplaceLineEndings("\n");
        Assert.Contains($"```csharp\n{program.TrimEnd('\n')}\n```", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void The_readme_gives_the_two_newcomer_commands()
    {
        var readme = File.ReadAllText(Path.Combine(Root(), "README.md"));
        Assert.Contains("dotnet run --project samples/Negotiation.Cli -- brief", readme, StringComparison.Ordinal);
        Assert.Contains("dotnet test ", readme, StringComparison.Ordinal);
        Assert.Contains("dotnet test", File.ReadAllText(Path.Combine(Root(), ".ci", "run")), StringComparison.Ordinal);
    }
}
