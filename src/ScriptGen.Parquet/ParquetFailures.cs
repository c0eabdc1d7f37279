namespace ScriptGen;

/// <summary>Turns what Parquet.Net throws for a damaged file into a <see cref="BarDataException"/> naming the file.</summary>
internal static class ParquetFailures
{
    /// <summary>Whether <paramref name="e"/> is the library reporting a file it cannot decode (not our own exception, not a fatal one).</summary>
    public static bool IsDecodingFailure(Exception e) =>
        e is not BarDataException and not OutOfMemoryException and not OperationCanceledException and not ArgumentNullException;

    public static BarDataException Unreadable(string path, Exception e) =>
        new($"'{path}' is not a readable Parquet file: {e.Message}", e, source: path);

    public static FileStream Open(string path)
    {
        try
        {
            return File.OpenRead(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new BarDataException($"Data file '{path}' does not exist.", source: path);
        }
    }
}
