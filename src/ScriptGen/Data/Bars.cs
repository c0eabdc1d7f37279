using System.Globalization;

namespace ScriptGen;

/// <summary>
/// Columnar OHLCV bar data: time (Unix milliseconds, UTC, strictly increasing), open, high, low,
/// close and an optional volume, as contiguous read-only columns. Immutable and safe to share
/// between parallel runs.
/// </summary>
/// <remarks>
/// Built from arrays (<c>FromArrays</c>), from any memory (<c>FromMemory</c>, which does not copy), from a
/// data frame (<c>FromDataFrame</c>), or read from CSV (<see cref="BarCsv"/>), Arrow IPC
/// (<see cref="BarArrow"/>) or Parquet files (the ScriptGen.Parquet package). Every source is held to
/// the same rules (<c>docs/data.md</c>); invalid data throws <see cref="BarDataException"/> naming
/// the column and row. Nothing is dropped or reordered unless <see cref="BarDataOptions"/> opts in.
/// </remarks>
public sealed partial class Bars
{
    private readonly ReadOnlyMemory<long> _time;
    private readonly ReadOnlyMemory<double> _open;
    private readonly ReadOnlyMemory<double> _high;
    private readonly ReadOnlyMemory<double> _low;
    private readonly ReadOnlyMemory<double> _close;
    private readonly ReadOnlyMemory<double> _volume;

    private Bars(
        ReadOnlyMemory<long> time,
        ReadOnlyMemory<double> open,
        ReadOnlyMemory<double> high,
        ReadOnlyMemory<double> low,
        ReadOnlyMemory<double> close,
        ReadOnlyMemory<double> volume,
        bool hasVolume,
        TimeSpan timeframe,
        Timeframe? period,
        string? source)
    {
        // The volume flag is explicit: a nullable ReadOnlyMemory is a trap, since a null array
        // converts to an empty memory rather than to "no volume".
        _time = time;
        _open = open;
        _high = high;
        _low = low;
        _close = close;
        HasVolume = hasVolume;
        _volume = hasVolume ? volume : ReadOnlyMemory<double>.Empty;
        Timeframe = timeframe;
        Period = period;
        Source = source;
    }

    /// <summary>The number of bars.</summary>
    public int Count => _time.Length;

    /// <summary>Bar open times, Unix milliseconds UTC, strictly increasing (Pine's <c>time</c>).</summary>
    public ReadOnlySpan<long> Time => _time.Span;

    /// <summary>Open prices.</summary>
    public ReadOnlySpan<double> Open => _open.Span;

    /// <summary>High prices.</summary>
    public ReadOnlySpan<double> High => _high.Span;

    /// <summary>Low prices.</summary>
    public ReadOnlySpan<double> Low => _low.Span;

    /// <summary>Close prices.</summary>
    public ReadOnlySpan<double> Close => _close.Span;

    /// <summary>Volumes; empty when <see cref="HasVolume"/> is false (scripts then read <c>volume</c> as na).</summary>
    public ReadOnlySpan<double> Volume => _volume.Span;

    /// <summary>Whether the data has a volume column.</summary>
    public bool HasVolume { get; }

    /// <summary>
    /// The bars' interval: as given, or else the smallest gap between consecutive bars (so weekend
    /// or session gaps do not hide an hourly timeframe). Zero for a single bar.
    /// </summary>
    public TimeSpan Timeframe { get; }

    /// <summary>
    /// The bars' Pine timeframe (what a script reads as <c>timeframe.Period</c>): as given
    /// (<see cref="BarDataOptions.Period"/>), or else from <see cref="Timeframe"/>
    /// (<see cref="ScriptGen.Timeframe.FromInterval"/>); null for a single bar given none.
    /// </summary>
    public Timeframe? Period { get; }

    /// <summary>Where the bars came from (a file path), when known; used in error messages.</summary>
    public string? Source { get; }

    /// <summary>The times as memory (no copy), for writers that hold a column across awaits; <see cref="Time"/> as a span.</summary>
    public ReadOnlyMemory<long> TimeMemory => _time;

    /// <summary>The opens as memory (no copy).</summary>
    public ReadOnlyMemory<double> OpenMemory => _open;

    /// <summary>The highs as memory (no copy).</summary>
    public ReadOnlyMemory<double> HighMemory => _high;

    /// <summary>The lows as memory (no copy).</summary>
    public ReadOnlyMemory<double> LowMemory => _low;

    /// <summary>The closes as memory (no copy).</summary>
    public ReadOnlyMemory<double> CloseMemory => _close;

    /// <summary>The volumes as memory (no copy; empty without volume).</summary>
    public ReadOnlyMemory<double> VolumeMemory => _volume;

    /// <summary>
    /// Creates bars over the given arrays without copying them. The arrays must not be changed while
    /// the bars are in use.
    /// </summary>
    /// <param name="time">Bar open times, Unix milliseconds UTC, strictly increasing.</param>
    /// <param name="open">Open prices.</param>
    /// <param name="high">High prices.</param>
    /// <param name="low">Low prices.</param>
    /// <param name="close">Close prices.</param>
    /// <param name="volume">Volumes, or <c>null</c> when the data has none.</param>
    /// <param name="timeframe">The bar interval; inferred from the times when omitted.</param>
    /// <exception cref="BarDataException">Columns of different lengths, no bars, or times not strictly increasing.</exception>
    public static Bars FromArrays(
        long[] time,
        double[] open,
        double[] high,
        double[] low,
        double[] close,
        double[]? volume = null,
        TimeSpan? timeframe = null)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(high);
        ArgumentNullException.ThrowIfNull(low);
        ArgumentNullException.ThrowIfNull(close);
        // Not a conditional expression: there, null converts to an *empty* ReadOnlyMemory (through
        // the array conversion), which is a volume column of length 0, not "no volume".
        ReadOnlyMemory<double>? volumeColumn = null;
        if (volume is not null)
        {
            volumeColumn = volume;
        }

        return FromMemory(time, open, high, low, close, volumeColumn, new BarDataOptions { Timeframe = timeframe });
    }

    /// <summary>
    /// Creates bars over the given arrays with <paramref name="options"/>: without copying, unless an
    /// opt-in (sorting, dropping duplicate times) has to move rows.
    /// </summary>
    /// <param name="time">Bar open times, Unix milliseconds UTC.</param>
    /// <param name="open">Open prices.</param>
    /// <param name="high">High prices.</param>
    /// <param name="low">Low prices.</param>
    /// <param name="close">Close prices.</param>
    /// <param name="volume">Volumes, or <c>null</c> when the data has none.</param>
    /// <param name="options">Timeframe, sorting and duplicate handling, the source's name.</param>
    /// <exception cref="BarDataException">A rule of <c>docs/data.md</c> is broken.</exception>
    public static Bars FromArrays(long[] time, double[] open, double[] high, double[] low, double[] close, double[]? volume, BarDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(open);
        ArgumentNullException.ThrowIfNull(high);
        ArgumentNullException.ThrowIfNull(low);
        ArgumentNullException.ThrowIfNull(close);
        ArgumentNullException.ThrowIfNull(options);
        var columns = new BarColumnSet(time, open, high, low, close, volume ?? ReadOnlyMemory<double>.Empty, volume is not null);
        return Assemble(columns, BarColumnNames.Default, options, RowNumbering.Rows, options.Source);
    }

    /// <summary>
    /// Creates bars over the given memory without copying it (for columns owned by another
    /// structure, such as a data frame). The memory must not be changed while the bars are in use.
    /// </summary>
    /// <param name="time">Bar open times, Unix milliseconds UTC, strictly increasing.</param>
    /// <param name="open">Open prices.</param>
    /// <param name="high">High prices.</param>
    /// <param name="low">Low prices.</param>
    /// <param name="close">Close prices.</param>
    /// <param name="volume">Volumes, or <c>null</c> when the data has none.</param>
    /// <param name="timeframe">The bar interval; inferred from the times when omitted.</param>
    /// <param name="source">Where the data came from, for error messages.</param>
    /// <exception cref="BarDataException">A rule of <c>docs/data.md</c> is broken: columns of different lengths, no bars,
    /// prices that are not finite or not consistent (high below low, open or close; low above open or close),
    /// negative volume, or times not strictly increasing.</exception>
    public static Bars FromMemory(
        ReadOnlyMemory<long> time,
        ReadOnlyMemory<double> open,
        ReadOnlyMemory<double> high,
        ReadOnlyMemory<double> low,
        ReadOnlyMemory<double> close,
        ReadOnlyMemory<double>? volume = null,
        TimeSpan? timeframe = null,
        string? source = null) =>
        FromMemory(time, open, high, low, close, volume, new BarDataOptions { Timeframe = timeframe, Source = source });

    /// <summary>
    /// Creates bars over the given memory with <paramref name="options"/>: without copying, unless an
    /// opt-in (sorting, dropping duplicate times) has to move rows.
    /// </summary>
    /// <param name="time">Bar open times, Unix milliseconds UTC.</param>
    /// <param name="open">Open prices.</param>
    /// <param name="high">High prices.</param>
    /// <param name="low">Low prices.</param>
    /// <param name="close">Close prices.</param>
    /// <param name="volume">Volumes, or <c>null</c> when the data has none.</param>
    /// <param name="options">Timeframe, sorting and duplicate handling, the source's name.</param>
    /// <exception cref="BarDataException">A rule of <c>docs/data.md</c> is broken.</exception>
    public static Bars FromMemory(
        ReadOnlyMemory<long> time,
        ReadOnlyMemory<double> open,
        ReadOnlyMemory<double> high,
        ReadOnlyMemory<double> low,
        ReadOnlyMemory<double> close,
        ReadOnlyMemory<double>? volume,
        BarDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var columns = new BarColumnSet(time, open, high, low, close, volume ?? default, volume.HasValue);
        return Assemble(columns, BarColumnNames.Default, options, RowNumbering.Rows, options.Source);
    }

    /// <summary>
    /// Checks columns from any source against the rules, applies the options' opt-ins, and makes the
    /// bars. Messages name the source's own columns and rows.
    /// </summary>
    internal static Bars Assemble(BarColumnSet columns, BarColumnNames names, BarDataOptions options, RowNumbering rows, string? source)
    {
        int count = columns.Time.Length;
        if (count == 0)
        {
            throw new BarDataException("Bar data has no bars: at least one bar is needed to run a script.", names.Time, source: source);
        }

        RequireLength(names.Open, columns.Open.Length, names.Time, count, source);
        RequireLength(names.High, columns.High.Length, names.Time, count, source);
        RequireLength(names.Low, columns.Low.Length, names.Time, count, source);
        RequireLength(names.Close, columns.Close.Length, names.Time, count, source);
        if (columns.HasVolume)
        {
            RequireLength(names.Volume, columns.Volume.Length, names.Time, count, source);
        }

        if (options.Timeframe is { } given && given <= TimeSpan.Zero)
        {
            throw new BarDataException($"The timeframe must be positive; got {given}.", source: source);
        }

        // Values first, in the source's own order, so a message's row is the row the user sees.
        BarChecks.CheckValues(
            columns.Open.Span, columns.High.Span, columns.Low.Span, columns.Close.Span, columns.Volume.Span, columns.HasVolume, names, rows, source);
        (BarColumnSet arranged, int[] origin) = BarArrangement.Arrange(columns, options);
        TimeSpan inferred = BarChecks.CheckTimesAndInferTimeframe(arranged.Time.Span, origin, names.Time, rows, source);
        return new Bars(
            arranged.Time,
            arranged.Open,
            arranged.High,
            arranged.Low,
            arranged.Close,
            arranged.Volume,
            arranged.HasVolume,
            options.Timeframe ?? inferred,
            options.Period ?? ScriptGen.Timeframe.FromInterval(options.Timeframe ?? inferred),
            source);
    }

    /// <summary>The same bars, naming where they came from (for error messages).</summary>
    internal Bars WithSource(string source) =>
        new(_time, _open, _high, _low, _close, _volume, HasVolume, Timeframe, Period, source);

    /// <summary>Returns the bars from <paramref name="start"/> on, <paramref name="length"/> of them, without copying.</summary>
    public Bars Slice(int start, int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfLessThan(length, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + length, Count);
        return new Bars(
            _time.Slice(start, length),
            _open.Slice(start, length),
            _high.Slice(start, length),
            _low.Slice(start, length),
            _close.Slice(start, length),
            HasVolume ? _volume.Slice(start, length) : default,
            HasVolume,
            Timeframe,
            Period,
            Source);
    }

    private static void RequireLength(string column, int length, string timeColumn, int expected, string? source)
    {
        if (length != expected)
        {
            throw new BarDataException(
                $"Column '{column}' has {length} values but '{timeColumn}' has {expected}: every column needs one value per bar.",
                column,
                source: source);
        }
    }

    internal static string FormatTime(long unixMilliseconds) =>
        unixMilliseconds is < EpochTime.MinMilliseconds or > EpochTime.MaxMilliseconds
            ? $"{unixMilliseconds} ms"
            : DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds).ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
