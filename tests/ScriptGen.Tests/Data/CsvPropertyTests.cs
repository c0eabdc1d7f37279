using System.Globalization;
using System.Text;
using CsCheck;

namespace ScriptGen.Tests.Data;

/// <summary>
/// Random valid bar tables, written as CSV in every supported shape (separator, quoting, line ends,
/// header case, epoch seconds / milliseconds / ISO-8601 with any offset, number formats that
/// round-trip), load to exactly the arrays they were written from.
/// </summary>
public sealed class CsvPropertyTests
{
    private sealed record Table(long[] Time, double[] Open, double[] High, double[] Low, double[] Close, double[]? Volume);

    private sealed record Shape(char Separator, int TimeFormat, string NumberFormat, bool Quote, bool CrLf, bool UpperHeader, int OffsetMinutes);

    private static readonly Gen<double> s_price = Gen.OneOf(Gen.Double[-1e9, 1e9], Gen.Double[1e-12, 1e-3], Gen.Int[-100_000, 100_000].Select(i => i / 100.0));

    private static readonly Gen<(double, double, double, double)> s_bar = Gen.Select(s_price, s_price, s_price, s_price, (a, b, c, d) =>
    {
        double[] sorted = [a, b, c, d];
        Array.Sort(sorted);
        return (sorted[1], sorted[3], sorted[0], sorted[2]); // open, high, low, close: high the largest, low the smallest
    });

    private static readonly Gen<Shape> s_shape = Gen.Select(
        Gen.OneOf(',', ';', '\t'), Gen.Int[0, 3], Gen.OneOf("R", "G17", "E16"), Gen.Bool, Gen.Bool, Gen.Bool, Gen.Int[-56, 56],
        (separator, time, number, quote, crlf, upper, offset) => new Shape(separator, time, number, quote, crlf, upper, offset * 15));

    private static readonly Gen<Table> s_table = Gen.Select(
        s_bar.Array[1, 60], Gen.Long[1, 100_000_000], Gen.Long[100_000_000_000L, 2_000_000_000_000L], Gen.Bool, Gen.Double[0, 1e12],
        (bars, gap, start, hasVolume, volume) =>
        {
            long[] time = new long[bars.Length];
            for (int i = 0; i < time.Length; i++)
            {
                time[i] = start + i * gap + (i * 7919 % 1000); // uneven gaps, still increasing
            }

            return new Table(
                time,
                bars.Select(b => b.Item1).ToArray(),
                bars.Select(b => b.Item2).ToArray(),
                bars.Select(b => b.Item3).ToArray(),
                bars.Select(b => b.Item4).ToArray(),
                hasVolume ? bars.Select((_, i) => i % 5 == 4 ? double.NaN : volume / (i + 1)).ToArray() : null);
        });

    [Fact]
    public void Random_valid_CSVs_load_to_the_values_they_were_written_from()
    {
        Gen.Select(s_table, s_shape).Sample((table, shape) =>
        {
            long[] expectedTime = shape.TimeFormat == 0 ? table.Time.Select(t => t / 1000 * 1000).ToArray() : table.Time;
            if (shape.TimeFormat == 0 && expectedTime.Distinct().Count() != expectedTime.Length)
            {
                return; // Whole seconds would merge bars: not a valid table in that format.
            }

            string csv = Write(table, shape);
            Bars bars = BarCsv.Parse(Encoding.UTF8.GetBytes(csv), "random.csv");

            Assert.Equal(expectedTime, bars.Time.ToArray());
            Assert.Equal(table.Open, bars.Open.ToArray());
            Assert.Equal(table.High, bars.High.ToArray());
            Assert.Equal(table.Low, bars.Low.ToArray());
            Assert.Equal(table.Close, bars.Close.ToArray());
            Assert.Equal(table.Volume is not null, bars.HasVolume);
            if (table.Volume is not null)
            {
                Assert.Equal(table.Volume, bars.Volume.ToArray());
            }
        }, iter: 300);
    }

    private static string Write(Table table, Shape shape)
    {
        var text = new StringBuilder();
        string newLine = shape.CrLf ? "\r\n" : "\n";
        string[] header = table.Volume is null ? ["time", "open", "high", "low", "close"] : ["time", "open", "high", "low", "close", "volume"];
        text.Append(string.Join(shape.Separator, header.Select(h => Field(shape.UpperHeader ? h.ToUpperInvariant() : h, shape.Quote)))).Append(newLine);
        for (int i = 0; i < table.Time.Length; i++)
        {
            var fields = new List<string>
            {
                Time(table.Time[i], shape),
                Number(table.Open[i], shape),
                Number(table.High[i], shape),
                Number(table.Low[i], shape),
                Number(table.Close[i], shape),
            };
            if (table.Volume is not null)
            {
                fields.Add(double.IsNaN(table.Volume[i]) && i % 2 == 0 ? string.Empty : Number(table.Volume[i], shape)); // na as empty or NaN
            }

            text.Append(string.Join(shape.Separator, fields.Select(f => Field(f, shape.Quote)))).Append(newLine);
        }

        return text.ToString();
    }

    private static string Field(string value, bool quote) => quote ? $"\"{value}\"" : value;

    private static string Number(double value, Shape shape) => value.ToString(shape.NumberFormat, CultureInfo.InvariantCulture);

    private static string Time(long milliseconds, Shape shape) => shape.TimeFormat switch
    {
        0 => (milliseconds / 1000).ToString(CultureInfo.InvariantCulture), // epoch seconds
        1 => milliseconds.ToString(CultureInfo.InvariantCulture), // epoch milliseconds
        2 => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
        _ => DateTimeOffset.FromUnixTimeMilliseconds(milliseconds).ToOffset(TimeSpan.FromMinutes(shape.OffsetMinutes))
            .ToString("yyyy-MM-dd HH:mm:ss.fffzzz", CultureInfo.InvariantCulture),
    };
}
