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
            Bars bars = CsvBarReader.ReadFile(path, ColumnMapping.Default, BarDataOptions.Default, chunk);

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
            var failure = Assert.Throws<BarDataException>(() => CsvBarReader.ReadFile(path, ColumnMapping.Default, BarDataOptions.Default, chunk));

            Assert.Equal(line, failure.Row);
            Assert.StartsWith(message, failure.Message);
        }
    }

    [Fact]
    public void Trailing_blank_lines_end_the_file_without_adding_bars()
    {
        string path = Write("trailing.csv", "time,open,high,low,close\n1704067200,1,2,0.5,1.5\n1704070800,1.5,2,1,1.75\n\n\r\n");

        foreach (int chunk in new[] { 1, 4, 1 << 20 })
        {
            Bars bars = CsvBarReader.ReadFile(path, ColumnMapping.Default, BarDataOptions.Default, chunk);

            Assert.Equal([1.5, 1.75], bars.Close.ToArray());
        }
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

            foreach (int chunk in new[] { 3, 16 })
            {
                string chunked = Outcome(() => CsvBarReader.ReadFile(path, ColumnMapping.Default, BarDataOptions.Default, chunk));

                Assert.True(whole == chunked, $"Mutant {i}, chunks of {chunk}:\n{Encoding.UTF8.GetString(mutant)}\nwhole:   {whole}\nchunked: {chunked}");
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

    private string Write(string name, string text)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        return path;
    }
}
