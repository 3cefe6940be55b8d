namespace Negotiation.Cli.Input;

/// <summary>What the tool's standard input is, before it reads it.</summary>
internal static class StandardInputCheck
{
    /// <summary>
    /// Whether standard input was closed when the tool started (<c>negotiation brief &lt;&amp;-</c>, a runner that
    /// gives no input). Unix gives a new file the lowest free descriptor, so the runtime's own first pipe then takes
    /// descriptor 0, and reading "standard input" waits forever on a pipe whose writing end the process itself holds.
    /// That is what is checked, on Linux, from <c>/proc/self</c>: a pipe this process can write to never ends, whoever
    /// opened it. Elsewhere nothing is known, and the input is taken as it is.
    /// </summary>
    public static bool IsClosed()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            var input = new FileInfo("/proc/self/fd/0").LinkTarget;
            if (input is null || !input.StartsWith("pipe:", StringComparison.Ordinal))
            {
                return false;
            }

            foreach (var path in Directory.EnumerateFileSystemEntries("/proc/self/fd"))
            {
                var descriptor = Path.GetFileName(path);
                if (descriptor != "0" && new FileInfo(path).LinkTarget == input && IsOpenForWriting(descriptor))
                {
                    return true;
                }
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            // A descriptor closed while listing, no /proc, flags not as expected: nothing is known.
        }

        return false;
    }

    /// <summary>Whether the descriptor is open for writing: the access mode in the flags of <c>/proc/self/fdinfo</c> (octal; 1 write-only, 2 read-write).</summary>
    private static bool IsOpenForWriting(string descriptor)
    {
        foreach (var line in File.ReadLines($"/proc/self/fdinfo/{descriptor}"))
        {
            if (line.StartsWith("flags:", StringComparison.Ordinal))
            {
                var flags = Convert.ToInt32(line["flags:".Length..].Trim(), 8);
                return (flags & 3) is 1 or 2;
            }
        }

        return false;
    }
}
