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

    /// <summary>
    /// Runs the tool through <c>/bin/sh</c> with its standard input redirected as the shell writes it:
    /// <c>&lt; /dev/null</c>, or <c>&lt;&amp;-</c> (closed).
    /// </summary>
    public static Result RunWithShellInput(string redirection, params string[] args)
    {
        var start = Start("/bin/sh", Directory.GetCurrentDirectory());
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"exec dotnet exec \"$@\" {redirection}");
        start.ArgumentList.Add("sh");
        start.ArgumentList.Add(Dll.Value);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Finish(start, null, args);
    }

    private static Result RunCore(string workingDirectory, byte[]? input, string[] args)
    {
        var start = Start("dotnet", workingDirectory);
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Dll.Value);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // Standard input is always a pipe of the test's own, empty unless given: an inherited one (a terminal, or a
        // runner's pipe that never closes) would make a command with no FILE wait for it.
        return Finish(start, input ?? [], args);
    }

    private static ProcessStartInfo Start(string program, string workingDirectory) => new(program)
    {
        RedirectStandardOutput = true,
        RedirectStandardError = true,
        WorkingDirectory = workingDirectory,
        UseShellExecute = false,
    };

    private static Result Finish(ProcessStartInfo start, byte[]? input, string[] args)
    {
        start.RedirectStandardInput = input is not null;
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
    public static string DllPath => Dll.Value;

    private static string FindDll([CallerFilePath] string here = "")
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var dll = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "samples", "Negotiation.Cli", "bin", configuration, "net10.0", "Negotiation.Cli.dll"));
        return File.Exists(dll) ? dll : throw new FileNotFoundException("Build samples/Negotiation.Cli first (the test project's reference does).", dll);
    }

    public sealed record Result(int ExitCode, string Output, string Error);
}
