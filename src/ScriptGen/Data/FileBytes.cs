using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace ScriptGen;

/// <summary>A data file opened for reading, or read whole into one pooled buffer (return it to <see cref="ArrayPool{T}.Shared"/>); a missing or unreadable file is a <see cref="BarDataException"/>.</summary>
internal static class FileBytes
{
    // The whole file in one pooled buffer: one read, no decoding, no line strings.
    public static byte[] Read(string path, string kind, out int length)
    {
        using SafeFileHandle handle = Open(path);
        long size = Length(handle, path, kind);
        byte[] buffer = ArrayPool<byte>.Shared.Rent((int)Math.Max(size, 1));
        length = 0;
        while (length < size)
        {
            int read = RandomAccess.Read(handle, buffer.AsSpan(length, (int)size - length), length);
            if (read == 0)
            {
                break;
            }

            length += read;
        }

        return buffer;
    }

    /// <summary>Opens <paramref name="path"/> for reading from start to end.</summary>
    /// <exception cref="BarDataException">The file does not exist or cannot be read.</exception>
    public static SafeFileHandle Open(string path)
    {
        try
        {
            return File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new BarDataException($"Data file '{path}' does not exist.", source: path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BarDataException($"Data file '{path}' cannot be read: {e.Message}", source: path);
        }
    }

    /// <summary>The file's length now, at most <see cref="Array.MaxLength"/> bytes.</summary>
    /// <exception cref="BarDataException">The file is larger.</exception>
    public static long Length(SafeFileHandle handle, string path, string kind)
    {
        long size = RandomAccess.GetLength(handle);
        if (size > Array.MaxLength)
        {
            throw new BarDataException(
                $"Data file '{path}' is {size:N0} bytes; {kind} files up to {Array.MaxLength:N0} bytes can be read.",
                source: path);
        }

        return size;
    }
}
