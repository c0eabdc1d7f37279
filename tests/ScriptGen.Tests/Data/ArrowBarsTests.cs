using Apache.Arrow;
using Apache.Arrow.Ipc;
using Apache.Arrow.Types;
using ScriptGen.Tests.Reference;

namespace ScriptGen.Tests.Data;

/// <summary>Bars from Arrow IPC files: a round trip of real data, several record batches, typed timestamps, nulls and damaged files.</summary>
public sealed class ArrowBarsTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("scriptgen-arrow").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void TradingViews_bars_written_to_Arrow_read_back_to_the_same_values()
    {
        Bars original = BarCsv.Read(ReferenceCsv.PathOf("strategy/ohlcv.csv"));
        string path = Path.Combine(_directory, "ohlcv.arrow");

        BarArrow.Write(original, path);
        Bars read = BarArrow.Read(path);

        Assert.Equal(original.Time.ToArray(), read.Time.ToArray());
        Assert.Equal(original.Open.ToArray(), read.Open.ToArray());
        Assert.Equal(original.High.ToArray(), read.High.ToArray());
        Assert.Equal(original.Low.ToArray(), read.Low.ToArray());
        Assert.Equal(original.Close.ToArray(), read.Close.ToArray());
        Assert.Equal(original.Volume.ToArray(), read.Volume.ToArray());
        Assert.Equal(path, read.Source);
    }

    [Fact]
    public void Record_batches_are_joined_and_rows_numbered_across_them()
    {
        // Two batches of two rows; the time is a timestamp in seconds (the type's unit, not the magnitude rule).
        var timeType = new TimestampType(TimeUnit.Second, "UTC");
        Schema schema = Schema(new Field("Time", timeType, false), Price("open"), Price("high"), Price("low"), Price("close"), Price("volume"));
        string path = Path.Combine(_directory, "batches.arrow");
        WriteFile(path, schema,
            Batch(schema, Times(timeType, 1_704_067_200, 1_704_070_800), [1, 2], [1, 2], [1, 2], [1, 2], Volumes(5, null)),
            Batch(schema, Times(timeType, 1_704_074_400, 1_704_078_000), [3, 4], [3, 5], [3, 4.5], [3, 4], Volumes(7, 8)));

        var failure = Assert.Throws<BarDataException>(() => BarArrow.Read(path));

        Assert.Equal(("low", 3, path), (failure.Column, failure.Row, failure.Source)); // row 3 = second batch's second row
        Assert.StartsWith("Row 3: low 4.5 is above open 4;", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Batches_with_a_null_volume_read_as_na()
    {
        var timeType = new TimestampType(TimeUnit.Millisecond, "UTC");
        Schema schema = Schema(new Field("time", timeType, false), Price("open"), Price("high"), Price("low"), Price("close"), Price("volume"));
        string path = Path.Combine(_directory, "na.arrow");
        WriteFile(path, schema,
            Batch(schema, Times(timeType, 1_704_067_200_000, 1_704_070_800_000), [1, 2], [1, 2], [1, 2], [1, 2], Volumes(5, null)),
            Batch(schema, Times(timeType, 1_704_074_400_000), [3], [3], [3], [3], Volumes(7)));

        Bars bars = BarArrow.Read(path);

        Assert.Equal(new[] { 1_704_067_200_000L, 1_704_070_800_000L, 1_704_074_400_000L }, bars.Time.ToArray());
        Assert.Equal(new[] { 1.0, 2.0, 3.0 }, bars.Close.ToArray());
        Assert.Equal(5.0, bars.Volume[0]);
        Assert.True(double.IsNaN(bars.Volume[1]));
        Assert.Equal(7.0, bars.Volume[2]);
    }

    [Fact]
    public void A_missing_column_names_the_files_columns_and_a_damaged_file_is_named()
    {
        var timeType = new TimestampType(TimeUnit.Millisecond, "UTC");
        Schema schema = Schema(new Field("time", timeType, false), Price("open"), Price("high"), Price("close"));
        string path = Path.Combine(_directory, "partial.arrow");
        WriteFile(path, schema, new RecordBatch(schema, [Times(timeType, 0), Doubles(1), Doubles(1), Doubles(1)], 1));
        string damaged = Path.Combine(_directory, "damaged.arrow");
        File.WriteAllBytes(damaged, File.ReadAllBytes(path)[..40]);

        Assert.Equal(
            "The Arrow file has no 'low' column. Its columns: time, open, high, close.",
            Assert.Throws<BarDataException>(() => BarArrow.Read(path)).Message);
        Assert.StartsWith($"'{damaged}' is not a readable Arrow IPC file: ", Assert.Throws<BarDataException>(() => BarArrow.Read(damaged)).Message);
    }

    [Fact]
    public async Task Corrupted_Arrow_files_give_only_BarDataException()
    {
        string original = Path.Combine(_directory, "original.arrow");
        BarArrow.Write(BarCsv.Read(ReferenceCsv.PathOf("strategy/ohlcv.csv")).Slice(0, 300), original);
        byte[] seed = await File.ReadAllBytesAsync(original);
        var random = new Random(20_240_101);
        string path = Path.Combine(_directory, "mutant.arrow");

        Task run = Task.Run(() =>
        {
            for (int i = 0; i < 400; i++)
            {
                byte[] mutant = random.Next(2) == 0 ? seed[..random.Next(seed.Length)] : (byte[])seed.Clone();
                for (int e = random.Next(0, 6); e > 0; e--)
                {
                    mutant[random.Next(mutant.Length)] = (byte)random.Next(256);
                }

                File.WriteAllBytes(path, mutant);
                try
                {
                    BarArrow.Read(path);
                }
                catch (BarDataException)
                {
                }
                catch (Exception e)
                {
                    throw new Xunit.Sdk.XunitException($"Mutant {i} threw {e.GetType().Name}: {e.Message}");
                }
            }
        });

        Task finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.True(finished == run, "400 corrupted files took more than a minute: a hang");
        await run;
    }

    private static Field Price(string name) => new(name, DoubleType.Default, true);

    private static Schema Schema(params Field[] fields) => new(fields, metadata: null);

    private static TimestampArray Times(TimestampType type, params long[] values)
    {
        var builder = new TimestampArray.Builder(type);
        foreach (long value in values)
        {
            builder.Append(DateTimeOffset.UnixEpoch + TimeSpan.FromTicks(value * type.Unit switch
            {
                TimeUnit.Second => TimeSpan.TicksPerSecond,
                _ => TimeSpan.TicksPerMillisecond,
            }));
        }

        return builder.Build();
    }

    private static DoubleArray Doubles(params double[] values) => new DoubleArray.Builder().AppendRange(values).Build();

    private static DoubleArray Volumes(params double?[] values)
    {
        var builder = new DoubleArray.Builder();
        foreach (double? value in values)
        {
            if (value is { } v)
            {
                builder.Append(v);
            }
            else
            {
                builder.AppendNull();
            }
        }

        return builder.Build();
    }

    private static RecordBatch Batch(Schema schema, TimestampArray time, double[] open, double[] high, double[] low, double[] close, DoubleArray volume) =>
        new(schema, [time, Doubles(open), Doubles(high), Doubles(low), Doubles(close), volume], open.Length);

    private static void WriteFile(string path, Schema schema, params RecordBatch[] batches)
    {
        using FileStream stream = File.Create(path);
        using var writer = new ArrowFileWriter(stream, schema);
        foreach (RecordBatch batch in batches)
        {
            writer.WriteRecordBatch(batch);
        }

        writer.WriteEnd();
    }
}
