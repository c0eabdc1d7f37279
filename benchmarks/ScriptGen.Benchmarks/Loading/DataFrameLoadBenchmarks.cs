using BenchmarkDotNet.Attributes;
using Microsoft.Data.Analysis;
using ScriptGen.Benchmarks.Data;

namespace ScriptGen.Benchmarks.Loading;

/// <summary>
/// 1,000,000 bars from a data frame: <see cref="Bars.FromDataFrame"/> on double columns with epoch
/// millisecond times (used in place) and on DateTime times with float prices (converted), beside the
/// hand loop a user would write: copy each column's buffers into arrays (no checks).
/// </summary>
[MemoryDiagnoser]
public class DataFrameLoadBenchmarks
{
    private DataFrame _doubles = null!;
    private DataFrame _converted = null!;

    [GlobalSetup]
    public void Setup()
    {
        SyntheticBars bars = SyntheticBars.ForBenchmarks();
        _doubles = new DataFrame(
            new Int64DataFrameColumn("time", bars.Time),
            new DoubleDataFrameColumn("open", bars.Open),
            new DoubleDataFrameColumn("high", bars.High),
            new DoubleDataFrameColumn("low", bars.Low),
            new DoubleDataFrameColumn("close", bars.Close),
            new DoubleDataFrameColumn("volume", bars.Volume));
        _converted = new DataFrame(
            new PrimitiveDataFrameColumn<DateTime>("time", bars.Time.Select(t => DateTime.UnixEpoch.AddMilliseconds(t))),
            new SingleDataFrameColumn("open", bars.Open.Select(v => (float)v)),
            new SingleDataFrameColumn("high", bars.High.Select(v => (float)v)),
            new SingleDataFrameColumn("low", bars.Low.Select(v => (float)v)),
            new SingleDataFrameColumn("close", bars.Close.Select(v => (float)v)),
            new SingleDataFrameColumn("volume", bars.Volume.Select(v => (float)v)));
        LoadedColumns.Of(Bars.FromDataFrame(_doubles)).RequireSame("hand copy", HandCopy());
    }

    [Benchmark(Baseline = true, Description = "Hand loop: copy the column buffers to arrays")]
    public LoadedColumns HandCopy() => new(
        Copy<long>(_doubles, 0), Copy<double>(_doubles, 1), Copy<double>(_doubles, 2), Copy<double>(_doubles, 3), Copy<double>(_doubles, 4),
        Copy<double>(_doubles, 5));

    [Benchmark(Description = "ScriptGen FromDataFrame, double + epoch ms (zero copy, + checks)")]
    public Bars ScriptGenZeroCopy() => Bars.FromDataFrame(_doubles);

    [Benchmark(Description = "ScriptGen FromDataFrame, float + DateTime (converted, + checks)")]
    public Bars ScriptGenConverted() => Bars.FromDataFrame(_converted);

    private static T[] Copy<T>(DataFrame frame, int column)
        where T : unmanaged
    {
        var values = new T[frame.Rows.Count];
        int offset = 0;
        foreach (ReadOnlyMemory<T> buffer in ((PrimitiveDataFrameColumn<T>)frame.Columns[column]).GetReadOnlyDataBuffers())
        {
            buffer.Span.CopyTo(values.AsSpan(offset));
            offset += buffer.Length;
        }

        return values;
    }
}
