using System.Diagnostics;
using System.Globalization;

namespace Negotiation.Cli.Interop;

/// <summary>
/// Shows how much of the input an import has read, on one line of standard error rewritten in place (<c>\r</c>), at
/// most a few times a second: <c>reading list.json: 312.4 MB of 1.1 GB (28 %)</c>. Only when standard error is a
/// terminal: in a pipe or a log it would be noise. An import that reads its input twice (FollowTheMoney's: an index,
/// then the records) counts each pass from 0; a value not above the last starts the next pass, which is shown as such
/// (<c>reading list.json, pass 2: ...</c>), its total the first pass's when the input's size is not known (standard input).
/// </summary>
internal sealed class ImportProgress(TextWriter error, string name, long? total) : IProgress<long>
{
    private static readonly long Interval = Stopwatch.Frequency / 5;
    private long _last = -Interval;
    private long _lastValue = -1;
    private long _firstPassBytes;
    private int _pass = 1;
    private bool _shown;

    public void Report(long value)
    {
        if (value <= _lastValue)
        {
            _pass++;
            _firstPassBytes = Math.Max(_firstPassBytes, _lastValue);
            _last = -Interval; // show the new pass at once
        }

        _lastValue = value;
        var now = Stopwatch.GetTimestamp();
        if (now - _last < Interval)
        {
            return;
        }

        _last = now;
        _shown = true;
        var all = total is > 0 ? total.Value : _pass > 1 ? _firstPassBytes : 0;
        var of = all > 0 ? $" of {Size(all)} ({Math.Min(100, value * 100 / all)} %)" : "";
        var pass = _pass > 1 ? $", pass {_pass}" : "";
        error.Write($"\rreading {name}{pass}: {Size(value)}{of}\u001b[K");
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
