using Microsoft.Data.Analysis;
using Parquet;
using Parquet.Schema;

namespace ScriptGen;

/// <summary>
/// Results (<see cref="ResultFrames"/>) as Parquet files, and back as data frames with the same
/// column names and types: double, float, long, int, bool, <see cref="DateTime"/> (UTC) and string
/// columns; a column with nulls is written as a nullable field.
/// </summary>
/// <remarks>The synchronous methods wait for the asynchronous ones (Parquet.Net's API is asynchronous).</remarks>
public static class ResultParquet
{
    /// <summary>Writes the run's trades (<see cref="ResultFrames.TradesToDataFrame(StrategyResult)"/>).</summary>
    public static void WriteTrades(StrategyResult result, string path) => Write(result.TradesToDataFrame(), path);

    /// <summary>Writes the run's equity curve (<see cref="ResultFrames.EquityToDataFrame"/>).</summary>
    public static void WriteEquity(StrategyResult result, string path) => Write(result.EquityToDataFrame(), path);

    /// <summary>Writes the run's plots (<see cref="ResultFrames.PlotsToDataFrame"/>).</summary>
    public static void WritePlots(IndicatorResult result, string path) => Write(result.PlotsToDataFrame(), path);

    /// <summary>Writes everything the run drew (<see cref="ResultFrames.ChartToDataFrame"/>).</summary>
    public static void WriteChart(IndicatorResult result, string path) => Write(result.ChartToDataFrame(), path);

    /// <summary>Writes the alerts the run fired (<see cref="ResultFrames.AlertsToDataFrame"/>).</summary>
    public static void WriteAlerts(IndicatorResult result, string path) => Write(result.AlertsToDataFrame(), path);

    /// <summary>Writes a data frame as a Parquet file of one row group.</summary>
    /// <exception cref="ArgumentException">A column of a type other than those listed on the class.</exception>
    public static void Write(DataFrame frame, string path) => WriteAsync(frame, path).GetAwaiter().GetResult();

    /// <summary>Reads a Parquet file (any number of row groups) into a data frame.</summary>
    /// <exception cref="BarDataException">The file is missing or unreadable, or has a column of a type listed nowhere on the class.</exception>
    public static DataFrame Read(string path) => ReadAsync(path).GetAwaiter().GetResult();

    /// <summary>Writes a data frame as a Parquet file of one row group.</summary>
    /// <exception cref="ArgumentException">A column of a type other than those listed on the class.</exception>
    public static async Task WriteAsync(DataFrame frame, string path, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var writers = new List<FrameColumnWriter>(frame.Columns.Count);
        foreach (DataFrameColumn column in frame.Columns)
        {
            writers.Add(FrameColumnWriter.For(column));
        }

        var schema = new ParquetSchema(writers.Select(w => (Field)w.Field));
        await using FileStream stream = File.Create(path);
        await using ParquetWriter writer = await ParquetWriter.CreateAsync(schema, stream, cancellationToken: cancel).ConfigureAwait(false);
        using ParquetRowGroupWriter group = writer.CreateRowGroup();
        foreach (FrameColumnWriter column in writers)
        {
            await column.WriteAsync(group, cancel).ConfigureAwait(false);
        }
    }

    /// <summary>Reads a Parquet file (any number of row groups) into a data frame.</summary>
    /// <exception cref="BarDataException">The file is missing or unreadable, or has a column of an unsupported type.</exception>
    public static async Task<DataFrame> ReadAsync(string path, CancellationToken cancel = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        await using FileStream stream = ParquetFailures.Open(path);
        try
        {
            await using ParquetReader reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancel).ConfigureAwait(false);
            DataField[] fields = reader.Schema.GetDataFields();
            var columns = new FrameColumnReader[fields.Length];
            for (int i = 0; i < fields.Length; i++)
            {
                columns[i] = FrameColumnReader.For(fields[i], path);
            }

            for (int g = 0; g < reader.RowGroupCount; g++)
            {
                using ParquetRowGroupReader group = reader.OpenRowGroupReader(g);
                int rows = checked((int)group.RowCount);
                foreach (FrameColumnReader column in columns)
                {
                    await column.ReadAsync(group, rows, cancel).ConfigureAwait(false);
                }
            }

            return new DataFrame(columns.Select(c => c.Build()));
        }
        catch (Exception e) when (ParquetFailures.IsDecodingFailure(e))
        {
            throw ParquetFailures.Unreadable(path, e);
        }
    }
}
