using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Negotiation.Cli.Tests;

/// <summary>Runs the built tool (samples/Negotiation.Cli) with `dotnet`, capturing its output and exit code.</summary>
internal static class Tool
{
    private static readonly Lazy<string> Dll = new(() => FindDll());

    public static Result Run(params string[] args) => RunIn(Directory.GetCurrentDirectory(), args);

    public static Result RunIn(string workingDirectory, params string[] args) => RunCore(workingDirectory, null, args);

    /// <summary>Runs the tool with <paramref name="input"/> as its standard input.</summary>
    public static Result RunWithInput(byte[] input, params string[] args) => RunCore(Directory.GetCurrentDirectory(), input, args);

    private static Result RunCore(string workingDirectory, byte[]? input, string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            WorkingDirectory = workingDirectory,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Dll.Value);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            process.StandardInput.BaseStream.Write(input);
            process.StandardInput.Close();
        }

        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"negotiation {string.Join(' ', args)} did not finish.");
        }

        return new Result(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>The tool's build output, in the same configuration as this test assembly.</summary>
    private static string FindDll([CallerFilePath] string here = "")
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "samples", "Negotiation.Cli", "bin", configuration, "net10.0", "Negotiation.Cli.dll"));
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build samples/Negotiation.Cli first (the test project's reference does).", dll);
    }

    public sealed record Result(int ExitCode, string Output, string Error);
}
