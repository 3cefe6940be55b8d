using System.Diagnostics;
using System.Globalization;

namespace Negotiation.Cli.Interop;

/// <summary>
/// Shows how much of the input an import has read, on one line of standard error rewritten in place (<c>\r</c>), at
/// most a few times a second: <c>reading list.json: 312.4 MB of 1.1 GB (28 %)</c>. Only when standard error is a
/// terminal: in a pipe or a log it would be noise.
/// </summary>
internal sealed class ImportProgress(TextWriter error, string name, long? total) : IProgress<long>
{
    private static readonly long Interval = Stopwatch.Frequency / 5;
    private long _last = -Interval;
    private bool _shown;

    public void Report(long value)
    {
        var now = Stopwatch.GetTimestamp();
        if (now - _last < Interval)
        {
            return;
        }

        _last = now;
        _shown = true;
        var of = total is > 0 and { } all ? $" of {Size(all)} ({Math.Min(100, value * 100 / all)} %)" : "";
        error.Write($"\rreading {name}: {Size(value)}{of}\u001b[K");
        error.Flush();
    }

    /// <summary>Clears the progress line, so that what follows starts on a clean line.</summary>
    public void Done()
    {
        if (_shown)
        {
            error.Write("\r\u001b[K");
            error.Flush();
        }
    }

    private static string Size(long bytes) => bytes switch
    {
        >= 1L << 30 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 30):0.0} GB"),
        >= 1L << 20 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 20):0.0} MB"),
        >= 1L << 10 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 10):0.0} kB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
    };
}
