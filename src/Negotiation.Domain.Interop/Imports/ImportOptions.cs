namespace Negotiation.Domain.Interop.Imports;

/// <summary>How an import treats bad input and reports progress. The defaults stop at the first bad line.</summary>
public sealed record ImportOptions
{
    /// <summary>The default longest line: 16 MiB, far beyond any real entity, short of exhausting memory.</summary>
    public const int DefaultMaxLineBytes = 16 * 1024 * 1024;

    /// <summary>
    /// When <see langword="true"/>, a line that can't be read becomes a note (code <c>skipped-line</c>, with the
    /// error's message) and the import goes on; when <see langword="false"/>, the default, the import stops with an
    /// <see cref="ImportException"/>. Errors of the whole input (not the expected encoding, an empty file) stop it either way.
    /// </summary>
    public bool SkipBadLines { get; init; }

    /// <summary>The largest <see cref="MaxLineBytes"/>: 1 GiB, since a line is held whole in one buffer.</summary>
    public const int MaxMaxLineBytes = 1 << 30;

    /// <summary>The longest line read, in bytes (1 KiB to 1 GiB); a longer one is an error (<c>line-too-long</c>) found without holding it.</summary>
    public int MaxLineBytes
    {
        get;
        init => field = value is >= 1024 and <= MaxMaxLineBytes ? value : throw new ArgumentOutOfRangeException(nameof(MaxLineBytes), value, "at least 1 024 bytes and at most 1 GiB");
    } = DefaultMaxLineBytes;

    /// <summary>
    /// Told how many bytes of the input have been read, now and then, and at the end; for a progress display. An import
    /// that reads its input twice (FollowTheMoney's) counts each pass from 0, so a value not above the one before
    /// starts the next pass.
    /// </summary>
    public IProgress<long>? Progress { get; init; }
}
