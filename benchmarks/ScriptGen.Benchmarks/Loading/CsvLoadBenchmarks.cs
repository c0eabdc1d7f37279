using System.Globalization;
using BenchmarkDotNet.Attributes;
using CsvHelper;
using Microsoft.Data.Analysis;
using ScriptGen.Benchmarks.Data;

namespace ScriptGen.Benchmarks.Loading;

/// <summary>
/// 1,000,000 bars from CSV (ISO-8601 times, 5-decimal prices, volume): <see cref="BarCsv"/> beside a
/// hand-written split/parse loop, CsvHelper and <c>DataFrame.LoadCsv</c> with column types. The
/// alternatives produce the six arrays without checking anything; BarCsv also applies every bar
/// rule (docs/data.md). Each alternative is checked against BarCsv's values before timing. BarCsv reads a file
/// of this size in parts on every core; the one-thread row is the same reader in one part.
/// </summary>
[MemoryDiagnoser]
public class CsvLoadBenchmarks
{
    private string _path = null!;

    [GlobalSetup]
    public void Setup()
    {
        _path = BenchmarkFiles.WriteCsv(SyntheticBars.ForBenchmarks());
        LoadedColumns expected = LoadedColumns.Of(BarCsv.Read(_path));
        expected.RequireSame("hand split/parse loop", HandSplitLoop());
        expected.RequireSame("CsvHelper", CsvHelperLoop());
        expected.RequireSame("DataFrame.LoadCsv", DataFrameLoadCsv());
    }

    [GlobalCleanup]
    public void Cleanup() => BenchmarkFiles.Delete("csv");

    [Benchmark(Baseline = true, Description = "Hand loop: ReadLines + Split + Parse")]
    public LoadedColumns HandSplitLoop()
    {
        string[] lines = File.ReadAllLines(_path);
        int count = lines.Length - 1;
        var columns = new LoadedColumns(new long[count], new double[count], new double[count], new double[count], new double[count], new double[count]);
        for (int i = 0; i < count; i++)
        {
            string[] fields = lines[i + 1].Split(',');
            columns.Time[i] = DateTimeOffset.Parse(fields[0], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal).ToUnixTimeMilliseconds();
            columns.Open[i] = double.Parse(fields[1], CultureInfo.InvariantCulture);
            columns.High[i] = double.Parse(fields[2], CultureInfo.InvariantCulture);
            columns.Low[i] = double.Parse(fields[3], CultureInfo.InvariantCulture);
            columns.Close[i] = double.Parse(fields[4], CultureInfo.InvariantCulture);
            columns.Volume[i] = double.Parse(fields[5], CultureInfo.InvariantCulture);
        }

        return columns;
    }

    [Benchmark(Description = "CsvHelper 34.0.0: FromFile, Parse<T> by index")]
    public LoadedColumns CsvHelperLoop()
    {
        var time = new List<long>();
        var open = new List<double>();
        var high = new List<double>();
        var low = new List<double>();
        var close = new List<double>();
        var volume = new List<double>();
        using CsvReader csv = CsvReader.FromFile(_path, new CsvReaderOptions { Separator = ',', FormatProvider = CultureInfo.InvariantCulture });
        while (csv.Read())
        {
            time.Add(csv.Parse<DateTimeOffset>(0).ToUnixTimeMilliseconds());
            open.Add(csv.Parse<double>(1));
            high.Add(csv.Parse<double>(2));
            low.Add(csv.Parse<double>(3));
            close.Add(csv.Parse<double>(4));
            volume.Add(csv.Parse<double>(5));
        }

        return new LoadedColumns(time.ToArray(), open.ToArray(), high.ToArray(), low.ToArray(), close.ToArray(), volume.ToArray());
    }

    [Benchmark(Description = "DataFrame.LoadCsv with column types")]
    public LoadedColumns DataFrameLoadCsv()
    {
        DataFrame frame = DataFrame.LoadCsv(
            _path, dataTypes: [typeof(DateTime), typeof(double), typeof(double), typeof(double), typeof(double), typeof(double)]);
        int count = (int)frame.Rows.Count;
        var times = (PrimitiveDataFrameColumn<DateTime>)frame.Columns[0];
        var time = new long[count];
        for (int i = 0; i < count; i++)
        {
            time[i] = new DateTimeOffset(times[i]!.Value.ToUniversalTime()).ToUnixTimeMilliseconds();
        }

        return new LoadedColumns(time, Doubles(frame, 1), Doubles(frame, 2), Doubles(frame, 3), Doubles(frame, 4), Doubles(frame, 5));
    }

    [Benchmark(Description = "ScriptGen BarCsv.Read (+ all bar checks)")]
    public Bars ScriptGenBarCsv() => BarCsv.Read(_path);

    // What BarCsv.Read does on one core: the file in one part (the alternatives above all run on one thread).
    [Benchmark(Description = "ScriptGen BarCsv.Read, one thread (+ all bar checks)")]
    public Bars ScriptGenBarCsvOneThread() => CsvBarReader.ReadFile(_path, ColumnMapping.Default, BarDataOptions.Default, parts: 1);

    private static double[] Doubles(DataFrame frame, int column)
    {
        var values = new double[frame.Rows.Count];
        int offset = 0;
        foreach (ReadOnlyMemory<double> buffer in ((PrimitiveDataFrameColumn<double>)frame.Columns[column]).GetReadOnlyDataBuffers())
        {
            buffer.Span.CopyTo(values.AsSpan(offset));
            offset += buffer.Length;
        }

        return values;
    }
}
