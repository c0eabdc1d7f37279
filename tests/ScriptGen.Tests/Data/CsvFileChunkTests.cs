using System.Globalization;
using System.Text;

namespace ScriptGen.Tests.Data;

/// <summary>
/// A CSV file is read through a small buffer, chunk after chunk (so a large file costs no buffer of its
/// size): lines cut anywhere by a chunk's end, a line longer than the buffer, a byte order mark or a
/// carriage return split from its line feed must all read as the whole text does.
/// </summary>
public sealed class CsvFileChunkTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("scriptgen-csv-chunks-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Every_chunk_size_reads_the_values_the_file_was_written_with()
    {
        // A byte order mark, CRLF line ends, a quoted header, an ignored quoted column holding separators,
        // escaped quotes and text longer than the small chunks, an empty volume (na), no final line end.
        string note = "\"a note, \"\"quoted\"\", longer than a chunk\"";
        string csv = "\uFEFF\"time\",open,high,low,close,volume,note\r\n" +
                     $"2024-01-01T00:00:00Z,1.10000,1.10020,1.09990,1.10010,150,{note}\r\n" +
                     "2024-01-01T09:30:00-05:00,1.10010,1.10050,1.10000,1.10040,,x\r\n" +
                     "1704205800,1.10040,1.10040,1.09900,1.09950,75.5,\"\"";
        string path = Write("chunks.csv", csv);

        for (int chunk = 1; chunk <= Encoding.UTF8.GetByteCount(csv) + 1; chunk++)
        {
            Bars bars = CsvBarReader.ReadFile(path, ColumnMapping.Default, BarDataOptions.Default, chunk, parts: 1 + (chunk % 4));

            // 2024-01-01T00:00:00Z is Unix 1,704,067,200 s; 09:30 at -05:00 is 14:30 UTC, 52,200 s later
            // (1,704,119,400 s); the third row is that instant plus one day as epoch seconds.
            Assert.Equal([1_704_067_200_000L, 1_704_119_400_000L, 1_704_205_800_000L], bars.Time.ToArray());
            Assert.Equal([1.10000, 1.10010, 1.10040], bars.Open.ToArray());
            Assert.Equal([1.10020, 1.10050, 1.10040], bars.High.ToArray());
            Assert.Equal([1.09990, 1.10000, 1.09900], bars.Low.ToArray());
            Assert.Equal([1.10010, 1.10040, 1.09950], bars.Close.ToArray());
            Assert.Equal([150, double.NaN, 75.5], bars.Volume.ToArray());
            Assert.Equal(path, bars.Source);
        }
    }

    [Theory]
    [InlineData("time,open,high,low,close\n1704067200,1,2,0.5,1.5\n\n1704070800,1,2,0.5,1.5\n", 3, "Line 3 is empty but more rows follow")]
    [InlineData("time,open,high,low,close\r\n1704067200,1,2,0.5,1.5\r\n1704070800,1,2,0.5\r\n", 3, "Line 3 has 4 fields but the header has 5.")]
    [InlineData("1704067200,1,2,0.5,1.5\n1704070800,1,2,0.5,x\n", 2, "Line 2, column 'close': 'x' is not a number")]
    [InlineData("\n1704067200,1,2,0.5,1.5\n", 1, "Line 1 is empty: the CSV must start with its header row.")]
    [InlineData("\r", 1, "The CSV is empty: a header row is needed.")]
    [InlineData("", 1, "The CSV is empty: a header row is needed.")]
    public void A_bad_file_names_the_same_line_whatever_the_chunk_size(string csv, int line, string message)
    {
        string path = Write("bad.csv", csv);

        foreach (int chunk in new[] { 1, 2, 3, 5, 8, 1 << 20 })
        {
            foreach (int parts in new[] { 1, 2, 3 })
            {
                var failure = Assert.Throws<BarDataException>(() => CsvBarReader.ReadFile(path, ColumnMapping.Default, BarDataOptions.Default, chunk, parts));

                Assert.Equal(line, failure.Row);
                Assert.StartsWith(message, failure.Message);
            }
        }
    }

    [Fact]
    public void Trailing_blank_lines_end_the_file_without_adding_bars()
    {
        string path = Write("trailing.csv", "time,open,high,low,close\n1704067200,1,2,0.5,1.5\n1704070800,1.5,2,1,1.75\n\n\r\n");

        foreach (int chunk in new[] { 1, 4, 1 << 20 })
        {
            foreach (int parts in new[] { 1, 2, 3, 4 })
            {
                Bars bars = CsvBarReader.ReadFile(path, ColumnMapping.Default, BarDataOptions.Default, chunk, parts);

                Assert.Equal([1.5, 1.75], bars.Close.ToArray());
            }
        }
    }

    [Fact]
    public void A_file_read_in_parts_on_several_threads_gives_the_bars_read_in_order()
    {
        // 200,000 one-minute bars (about 11 MB): enough for the reader to cut it into parts on its own on a
        // machine with several cores; the values are a function of the line, so every bar is checked.
        var text = new StringBuilder("time,open,high,low,close,volume\n");
        const long start = 1_704_067_200L;
        const int count = 200_000;
        for (int i = 0; i < count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{start + (60 * i)},{1 + (i * 1e-5):R},{2 + (i * 1e-5):R},{0.5 + (i * 1e-5):R},{1.5 + (i * 1e-5):R},{i % 1000}\n");
        }

        string path = Write("parts.csv", text.ToString());

        foreach (int parts in new[] { 0, 1, 2, 5, 16 })
        {
            Bars bars = CsvBarReader.ReadFile(path, ColumnMapping.Default, BarDataOptions.Default, CsvBarReader.FileChunkSize, parts);

            Assert.Equal(count, bars.Count);
            for (int i = 0; i < count; i++)
            {
                Assert.Equal((start + (60 * i)) * 1000, bars.Time[i]);
                Assert.Equal(1 + (i * 1e-5), bars.Open[i]);
                Assert.Equal(2 + (i * 1e-5), bars.High[i]);
                Assert.Equal(0.5 + (i * 1e-5), bars.Low[i]);
                Assert.Equal(1.5 + (i * 1e-5), bars.Close[i]);
                Assert.Equal(i % 1000, bars.Volume[i]);
            }
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(6)]
    public void Rules_that_span_parts_fail_where_reading_in_order_fails(int parts)
    {
        // The epoch unit is fixed by the first epoch (seconds here); a part that starts on milliseconds must not
        // fix its own. Line 5 is the first in milliseconds.
        string mixedUnits = "time,open,high,low,close\n1704067200,1,2,0.5,1.5\n1704067260,1,2,0.5,1.5\n1704067320,1,2,0.5,1.5\n" +
                            "1704067380000,1,2,0.5,1.5\n1704067440000,1,2,0.5,1.5\n1704067500000,1,2,0.5,1.5\n";
        var failure = Assert.Throws<BarDataException>(() => ReadInParts("mixed.csv", mixedUnits, parts));
        Assert.Equal(5, failure.Row);
        Assert.Contains("1704067380000 is of the size of an epoch in milliseconds, but the first row's time was read as seconds", failure.Message);

        // A blank line ending one part and rows in the next: the blank line is the error.
        string blankInside = "time,open,high,low,close\n1704067200,1,2,0.5,1.5\n1704067260,1,2,0.5,1.5\n\n\n" +
                             "1704067320,1,2,0.5,1.5\n1704067380,1,2,0.5,1.5\n1704067440,1,2,0.5,1.5\n";
        failure = Assert.Throws<BarDataException>(() => ReadInParts("blank.csv", blankInside, parts));
        Assert.Equal(4, failure.Row);
        Assert.StartsWith("Line 4 is empty but more rows follow", failure.Message);

        // An error in a late part and another in an early one: the early one is reported.
        string twoErrors = "time,open,high,low,close\n1704067200,1,2,0.5,1.5\n1704067260,1,2,0.5,x\n1704067320,1,2,0.5,1.5\n" +
                           "1704067380,1,2,0.5,1.5\n1704067440,1,2,0.5\n1704067500,1,2,0.5,1.5\n";
        failure = Assert.Throws<BarDataException>(() => ReadInParts("errors.csv", twoErrors, parts));
        Assert.Equal(3, failure.Row);
        Assert.StartsWith("Line 3, column 'close': 'x' is not a number", failure.Message);

        // Times out of order across a cut are found by the checks that run on the assembled bars.
        string unordered = "time,open,high,low,close\n1704067200,1,2,0.5,1.5\n1704067320,1,2,0.5,1.5\n1704067260,1,2,0.5,1.5\n";
        failure = Assert.Throws<BarDataException>(() => ReadInParts("order.csv", unordered, parts));
        Assert.Equal(4, failure.Row);
    }

    [Fact]
    public void Corrupted_files_read_in_chunks_give_what_their_bytes_give_parsed_whole()
    {
        byte[][] seeds =
        [
            "\uFEFFtime;open;high;low;close;volume\r\n1704067200;1;2;0.5;1.5;10\r\n1704070800;\"1.5\";2;1;1.75;\r\n1704074400;1.75;2;1.5;1.8;3\r\n"u8.ToArray(),
            "1704067200000,1,2,0.5,1.5\n1704070800000,1.5,2,1,1.75\n1704074400000,1.75,2,1.5,1.8\n"u8.ToArray(),
        ];
        var random = new Random(21);
        string path = Path.Combine(_folder, "mutant.csv");
        for (int i = 0; i < 400; i++)
        {
            byte[] mutant = CsvFuzzTests.Mutate(seeds[i % seeds.Length], random);
            File.WriteAllBytes(path, mutant);
            string whole = Outcome(() => BarCsv.Parse(mutant, path));

            foreach ((int chunk, int parts) in new[] { (3, 1), (16, 1), (16, 2), (5, 3), (1 << 20, 7) })
            {
                string chunked = Outcome(() => CsvBarReader.ReadFile(path, ColumnMapping.Default, BarDataOptions.Default, chunk, parts));

                Assert.True(
                    whole == chunked,
                    $"Mutant {i}, chunks of {chunk}, {parts} parts:\n{Encoding.UTF8.GetString(mutant)}\nwhole:   {whole}\nchunked: {chunked}");
            }
        }
    }

    /// <summary>The bars' values, or the failure's message and row.</summary>
    private static string Outcome(Func<Bars> read)
    {
        try
        {
            Bars bars = read();
            double[][] prices = [bars.Open.ToArray(), bars.High.ToArray(), bars.Low.ToArray(), bars.Close.ToArray(), bars.Volume.ToArray()];
            return string.Join(
                ";",
                bars.Time.ToArray().Select(t => t.ToString(CultureInfo.InvariantCulture))
                    .Concat(prices.SelectMany(c => c).Select(v => v.ToString("R", CultureInfo.InvariantCulture))));
        }
        catch (BarDataException failure)
        {
            return $"{failure.Row}: {failure.Message}";
        }
    }

    private Bars ReadInParts(string name, string text, int parts) =>
        CsvBarReader.ReadFile(Write(name, text), ColumnMapping.Default, BarDataOptions.Default, chunkSize: 7, parts);

    private string Write(string name, string text)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }
}
