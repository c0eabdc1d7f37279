using System.Buffers;
using System.Runtime.CompilerServices;
using Microsoft.Win32.SafeHandles;

namespace ScriptGen;

/// <summary>
/// A text file's lines read through one pooled buffer of a fixed size, reused chunk after chunk (a line
/// longer than the buffer grows it): reading a file costs that buffer, not a buffer of the file's size.
/// The file is read up to the length it had when opened, as a whole-file read would. A reader can also
/// cover one part of the file (<see cref="Part"/>), sharing the file's handle, so parts are read on
/// several threads at once.
/// </summary>
internal sealed class CsvFileLines : IDisposable
{
    private readonly SafeFileHandle _handle;
    private readonly bool _ownsHandle;
    private readonly long _first; // The file offset this reader starts at.
    private readonly long _limit; // The file offset this reader stops at.
    private byte[] _buffer;
    private int _start;  // The first byte of the buffer not yet returned in a line.
    private int _end;    // The end of the bytes read into the buffer.
    private long _offset; // The file offset of the next read.

    /// <exception cref="BarDataException">The file does not exist, cannot be read or is too large.</exception>
    public CsvFileLines(string path, string kind, int chunkSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        _handle = FileBytes.Open(path);
        _ownsHandle = true;
        try
        {
            _limit = FileBytes.Length(_handle, path, kind);
        }
        catch
        {
            _handle.Dispose();
            throw;
        }

        _buffer = ArrayPool<byte>.Shared.Rent(chunkSize);
    }

    private CsvFileLines(SafeFileHandle handle, long first, long limit, int chunkSize)
    {
        _handle = handle;
        _first = first;
        _offset = first;
        _limit = limit;
        _buffer = ArrayPool<byte>.Shared.Rent(chunkSize);
    }

    /// <summary>The file offset of the first byte not yet returned in a line.</summary>
    public long Position => _offset - (_end - _start);

    /// <summary>The file offset this reader stops at (the file's length when opened, for the whole file).</summary>
    public long Limit => _limit;

    /// <summary>
    /// A reader of the bytes from <paramref name="first"/> to <paramref name="limit"/> of the same file, with a buffer of its
    /// own (so it can run on another thread); it shares the file's handle, so dispose it before this reader.
    /// </summary>
    public CsvFileLines Part(long first, long limit, int chunkSize) => new(_handle, first, limit, chunkSize);

    /// <summary>
    /// The offset just after the first line feed at or after <paramref name="offset"/> (the start of the next line),
    /// or <see cref="Limit"/> when none follows. Reads through a small buffer of its own, leaving the lines' buffer alone.
    /// </summary>
    public long NextLineStart(long offset)
    {
        byte[] scratch = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            while (offset < _limit)
            {
                int read = RandomAccess.Read(_handle, scratch.AsSpan(0, (int)Math.Min(scratch.Length, _limit - offset)), offset);
                if (read == 0)
                {
                    break;
                }

                int lineFeed = scratch.AsSpan(0, read).IndexOf((byte)'\n');
                if (lineFeed >= 0)
                {
                    return offset + lineFeed + 1;
                }

                offset += read;
            }

            return _limit;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }
    }

    /// <summary>
    /// Counts the line feeds of this reader's bytes in a pass of its own, before any line is read (it uses the buffer);
    /// at most <see cref="Array.MaxLength"/>, which the length check already implies.
    /// </summary>
    public int CountLineFeeds()
    {
        long count = 0;
        for (long offset = _first; offset < _limit;)
        {
            int read = RandomAccess.Read(_handle, _buffer.AsSpan(0, (int)Math.Min(_buffer.Length, _limit - offset)), offset);
            if (read == 0)
            {
                break;
            }

            count += _buffer.AsSpan(0, read).Count((byte)'\n');
            offset += read;
        }

        return (int)Math.Min(count, Array.MaxLength);
    }

    /// <summary>Skips a UTF-8 byte order mark at the start of the file.</summary>
    public void SkipByteOrderMark()
    {
        while (_end - _start < 3 && Fill())
        {
        }

        if (_buffer.AsSpan(_start, _end - _start).StartsWith("\uFEFF"u8))
        {
            _start += 3;
        }
    }

    /// <summary>The next line, without its line feed: <c>false</c> after the last one (a final line feed ends the last line, it does not start an empty one).</summary>
    /// <param name="line">The line; valid until the next call.</param>
    /// <param name="endsWithLineFeed">Whether a line feed followed it (<c>false</c> for a last line that runs to the end of the file).</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // Into the line loop: see CsvRows.Add.
    public bool TryReadLine(out ReadOnlySpan<byte> line, out bool endsWithLineFeed)
    {
        int searched = 0;
        while (true)
        {
            int lineFeed = _buffer.AsSpan(_start + searched, _end - _start - searched).IndexOf((byte)'\n');
            if (lineFeed >= 0)
            {
                line = _buffer.AsSpan(_start, searched + lineFeed);
                _start += searched + lineFeed + 1;
                endsWithLineFeed = true;
                return true;
            }

            searched = _end - _start;
            if (!Fill())
            {
                line = _buffer.AsSpan(_start, _end - _start);
                _start = _end;
                endsWithLineFeed = false;
                return !line.IsEmpty;
            }
        }
    }

    public void Dispose()
    {
        if (_ownsHandle)
        {
            _handle.Dispose();
        }

        byte[] buffer = _buffer;
        _buffer = [];
        if (buffer.Length != 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Reads more of the file after what the buffer holds (moving the unread part to the front, growing the buffer when that part fills it); <c>false</c> at the end.</summary>
    private bool Fill()
    {
        if (_offset >= _limit)
        {
            return false;
        }

        int pending = _end - _start;
        if (_start > 0)
        {
            _buffer.AsSpan(_start, pending).CopyTo(_buffer);
            (_start, _end) = (0, pending);
        }

        if (pending == _buffer.Length)
        {
            byte[] larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            _buffer.AsSpan(0, pending).CopyTo(larger);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }

        int read = RandomAccess.Read(_handle, _buffer.AsSpan(_end, (int)Math.Min(_buffer.Length - _end, _limit - _offset)), _offset);
        if (read == 0)
        {
            return false;
        }

        _end += read;
        _offset += read;
        return true;
    }
}
