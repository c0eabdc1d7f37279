using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace ScriptGen;

/// <summary>A whole file read into one pooled buffer (return it to <see cref="ArrayPool{T}.Shared"/>); a missing or unreadable file is a <see cref="BarDataException"/>.</summary>
internal static class FileBytes
{
    // The whole file in one pooled buffer: one read, no decoding, no line strings.
    public static byte[] Read(string path, string kind, out int length)
    {
        SafeFileHandle handle;
        try
        {
            handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new BarDataException($"Data file '{path}' does not exist.", source: path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BarDataException($"Data file '{path}' cannot be read: {e.Message}", source: path);
        }

        using (handle)
        {
            long size = RandomAccess.GetLength(handle);
            if (size > Array.MaxLength)
            {
                throw new BarDataException(
                    $"Data file '{path}' is {size:N0} bytes; {kind} files up to {Array.MaxLength:N0} bytes can be read.",
                    source: path);
            }

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
    }
}
