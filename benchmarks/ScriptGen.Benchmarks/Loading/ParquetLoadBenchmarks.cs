using BenchmarkDotNet.Attributes;
using Parquet;
using Parquet.Schema;
using ScriptGen.Benchmarks.Data;

namespace ScriptGen.Benchmarks.Loading;

/// <summary>
/// 1,000,000 bars from a Parquet file: <see cref="BarParquet.Read"/> beside the hand loop on the same
/// library: read each row group's six columns straight into arrays (no checks).
/// </summary>
[MemoryDiagnoser]
public class ParquetLoadBenchmarks
{
    private string _path = null!;

    [GlobalSetup]
    public void Setup()
    {
        _path = BenchmarkFiles.PathOf("parquet");
        BarParquet.Write(SyntheticBars.ForBenchmarks().Bars, _path);
        LoadedColumns.Of(BarParquet.Read(_path)).RequireSame("hand Parquet loop", HandLoop());
    }

    [GlobalCleanup]
    public void Cleanup() => BenchmarkFiles.Delete("parquet");

    [Benchmark(Baseline = true, Description = "Hand loop: Parquet.Net row groups into arrays")]
    public LoadedColumns HandLoop() => HandLoopAsync().GetAwaiter().GetResult();

    [Benchmark(Description = "ScriptGen BarParquet.Read (+ all bar checks)")]
    public Bars ScriptGenParquet() => BarParquet.Read(_path);

    private async Task<LoadedColumns> HandLoopAsync()
    {
        await using FileStream stream = File.OpenRead(_path);
        await using ParquetReader reader = await ParquetReader.CreateAsync(stream);
        DataField[] fields = reader.Schema.GetDataFields();
        long total = 0;
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            total += reader.OpenRowGroupReader(g).RowCount;
        }

        int count = (int)total;
        var times = new DateTime[count];
        var columns = new LoadedColumns(new long[count], new double[count], new double[count], new double[count], new double[count], new double[count]);
        double[][] prices = [columns.Open, columns.High, columns.Low, columns.Close, columns.Volume];
        int offset = 0;
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using ParquetRowGroupReader group = reader.OpenRowGroupReader(g);
            int rows = (int)group.RowCount;
            await group.ReadAsync<DateTime>(fields[0], times.AsMemory(offset, rows));
            for (int p = 0; p < prices.Length; p++)
            {
                await group.ReadAsync<double>(fields[p + 1], prices[p].AsMemory(offset, rows));
            }

            offset += rows;
        }

        for (int i = 0; i < count; i++)
        {
            columns.Time[i] = (times[i].Ticks - DateTime.UnixEpoch.Ticks) / TimeSpan.TicksPerMillisecond;
        }

        return columns;
    }
}
