using System.Runtime.ExceptionServices;

namespace ScriptGen;

/// <summary>
/// A CSV file's body read in parts on several threads: the body is cut at line starts into parts of about equal
/// size, several per thread, so that a thread slowed by other work (the tool loads its script meanwhile) leaves its
/// remaining parts to the others instead of holding up the load; each part's line feeds are counted (so every part
/// knows the index of its first line, which is its first bar's), then each part is parsed straight into its stretch of
/// the shared column arrays. What the whole file read in order would say is then rebuilt in the file's order: the first
/// error of the first part that has one, a blank line in one part followed by rows in a later one, and an epoch unit
/// detected in one part that a later part's values contradict (that part is read again knowing the unit, so its error
/// is the one reading in order gives).
/// </summary>
internal static class CsvFileParts
{
    /// <param name="file">The file, its first line read.</param>
    /// <param name="bodyStart">The offset of the first bar line (after the header, if there is one).</param>
    /// <param name="partCount">How many parts to cut the body into (1: read on this thread).</param>
    /// <param name="chunkSize">The size of each part's read buffer.</param>
    /// <param name="layout">The columns the first line gave.</param>
    /// <param name="options">The epoch unit and the rules' options.</param>
    /// <param name="path">The file, for messages.</param>
    /// <exception cref="BarDataException">The text breaks a rule, or the bars do.</exception>
    public static Bars Read(CsvFileLines file, long bodyStart, int partCount, int chunkSize, CsvLayout layout, BarDataOptions options, string path)
    {
        long[] bounds = CutAtLines(file, bodyStart, partCount);

        // Each part's lines: its line feeds (a part ends just after one), and one more for the part that ends the
        // file, whose last line may have none. Parts with no bytes (cuts that met in a long line) count none. A part's
        // reader (and its buffer) lives only while its part is worked on, so the buffers in use are one per thread.
        int[] lineCounts = new int[partCount];
        ForEachPart(partCount, p =>
        {
            using CsvFileLines part = file.Part(bounds[p], bounds[p + 1], chunkSize);
            lineCounts[p] = part.CountLineFeeds();
        });
        for (int p = 0; p < partCount; p++)
        {
            if (bounds[p + 1] == file.Limit && bounds[p + 1] > bounds[p])
            {
                lineCounts[p]++;
            }
        }

        int[] firstLines = new int[partCount];
        long lines = 0;
        for (int p = 0; p < partCount; p++)
        {
            firstLines[p] = (int)Math.Min(lines, Array.MaxLength);
            lines += lineCounts[p];
        }

        var columns = new CsvColumns((int)Math.Min(lines, Array.MaxLength), layout.Columns.HasVolume);
        var rows = new CsvRows[partCount];
        var failures = new BarDataException?[partCount];
        var epoch = new EpochReader(options.EpochUnit);
        ForEachPart(partCount, p =>
        {
            using CsvFileLines part = file.Part(bounds[p], bounds[p + 1], chunkSize);
            failures[p] = Parse(part, rows[p] = new CsvRows(layout, columns, firstLines[p], lineCounts[p], epoch, path));
        });

        int count = 0;
        int pendingBlank = -1;
        EpochUnit detected = EpochUnit.Auto;
        for (int p = 0; p < partCount; p++)
        {
            // With a unit given in the options every part reads in it, so only detected units can disagree.
            if (detected != EpochUnit.Auto && rows[p].EpochUnit is not EpochUnit.Auto && rows[p].EpochUnit != detected)
            {
                // Read in order, this part's first epoch would have been checked against the unit an earlier part
                // fixed; read it again that way (rare: a column that mixes units).
                using CsvFileLines again = file.Part(bounds[p], bounds[p + 1], chunkSize);
                rows[p] = new CsvRows(layout, columns, firstLines[p], lineCounts[p], EpochReader.Detected(detected), path);
                failures[p] = Parse(again, rows[p]);
            }

            bool hasRows = rows[p].Count > 0 || failures[p] is not null;
            if (pendingBlank >= 0 && hasRows)
            {
                throw CsvRows.BlankBeforeRows(layout, pendingBlank, path);
            }

            if (failures[p] is { } failure)
            {
                throw failure;
            }

            if (pendingBlank < 0)
            {
                pendingBlank = rows[p].FirstBlank;
            }

            if (detected == EpochUnit.Auto)
            {
                detected = rows[p].EpochUnit;
            }

            count += rows[p].Count;
        }

        return columns.ToBars(count, layout, options, path);
    }

    /// <summary>
    /// The bounds of <paramref name="partCount"/> parts of about equal size, each starting at a line's start: part p spans
    /// bounds[p] up to bounds[p + 1], the last one up to the end of the file.
    /// </summary>
    private static long[] CutAtLines(CsvFileLines file, long bodyStart, int partCount)
    {
        long[] bounds = new long[partCount + 1];
        bounds[0] = bodyStart;
        bounds[partCount] = file.Limit;
        long length = file.Limit - bodyStart;
        for (int p = 1; p < partCount; p++)
        {
            // A line longer than a part can put two cuts at the same line start: the part between is empty.
            long cut = bodyStart + (length * p / partCount);
            bounds[p] = Math.Max(bounds[p - 1], file.NextLineStart(Math.Max(bodyStart, cut - 1)));
        }

        return bounds;
    }

    /// <summary>Adds every line of <paramref name="part"/>; the first error stops it and is returned, for the file's order to decide.</summary>
    private static BarDataException? Parse(CsvFileLines part, CsvRows rows)
    {
        try
        {
            while (part.TryReadLine(out ReadOnlySpan<byte> line, out _))
            {
                rows.Add(line);
            }

            return null;
        }
        catch (BarDataException failure)
        {
            return failure;
        }
    }

    private static void ForEachPart(int partCount, Action<int> work)
    {
        if (partCount == 1)
        {
            work(0);
        }
        else
        {
            try
            {
                Parallel.For(0, partCount, work);
            }
            catch (AggregateException failure)
            {
                // An I/O error reading a part surfaces as it does read on one thread, not wrapped.
                ExceptionDispatchInfo.Throw(failure.InnerExceptions[0]);
            }
        }
    }
}
