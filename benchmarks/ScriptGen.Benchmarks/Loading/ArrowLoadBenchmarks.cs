using Apache.Arrow;
using Apache.Arrow.Ipc;
using BenchmarkDotNet.Attributes;
using ScriptGen.Benchmarks.Data;

namespace ScriptGen.Benchmarks.Loading;

/// <summary>
/// 1,000,000 bars from an Arrow IPC file: <see cref="BarArrow.Read"/> beside the hand loop on the
/// same library: read the record batches and copy each column's values into arrays (no checks).
/// </summary>
[MemoryDiagnoser]
public class ArrowLoadBenchmarks
{
    private string _path = null!;

    [GlobalSetup]
    public void Setup()
    {
        _path = BenchmarkFiles.PathOf("arrow");
        BarArrow.Write(SyntheticBars.ForBenchmarks().Bars, _path);
        LoadedColumns.Of(BarArrow.Read(_path)).RequireSame("hand Arrow loop", HandLoop());
    }

    [GlobalCleanup]
    public void Cleanup() => BenchmarkFiles.Delete("arrow");

    [Benchmark(Baseline = true, Description = "Hand loop: ArrowFileReader, copy values to arrays")]
    public LoadedColumns HandLoop()
    {
        using FileStream stream = File.OpenRead(_path);
        using var reader = new ArrowFileReader(stream);
        var batches = new List<RecordBatch>();
        while (reader.ReadNextRecordBatch() is { } batch)
        {
            batches.Add(batch);
        }

        int count = batches.Sum(b => b.Length);
        var columns = new LoadedColumns(new long[count], new double[count], new double[count], new double[count], new double[count], new double[count]);
        int offset = 0;
        foreach (RecordBatch batch in batches)
        {
            ((TimestampArray)batch.Column(0)).Values.CopyTo(columns.Time.AsSpan(offset));
            ((DoubleArray)batch.Column(1)).Values.CopyTo(columns.Open.AsSpan(offset));
            ((DoubleArray)batch.Column(2)).Values.CopyTo(columns.High.AsSpan(offset));
            ((DoubleArray)batch.Column(3)).Values.CopyTo(columns.Low.AsSpan(offset));
            ((DoubleArray)batch.Column(4)).Values.CopyTo(columns.Close.AsSpan(offset));
            ((DoubleArray)batch.Column(5)).Values.CopyTo(columns.Volume.AsSpan(offset));
            offset += batch.Length;
            batch.Dispose();
        }

        return columns;
    }

    [Benchmark(Description = "ScriptGen BarArrow.Read (+ all bar checks)")]
    public Bars ScriptGenArrow() => BarArrow.Read(_path);
}
