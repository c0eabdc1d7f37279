using System.Runtime.CompilerServices;

namespace ScriptGen;

/// <summary>
/// One plot of an imported indicator, read by the script that imports it: <c>rsi.Plots.RSI</c> is the
/// value the indicator plotted on this bar, <c>rsi.Plots.RSI[1]</c> the one before. An imported
/// indicator runs before its importer on every bar, so the current value is already there.
/// </summary>
/// <remarks>
/// Valid while the run that imported the indicator is running. Every plot of an imported indicator
/// is recorded on every bar (whatever <see cref="RunOptions.RecordPlots"/> says), so any offset back
/// to the first bar can be read; before the first bar, and where the plot call did not run, the
/// value is na.
/// </remarks>
public readonly unsafe struct PlotSeries
{
    private readonly Script _owner;
    private readonly int _index;

    internal PlotSeries(Script owner, int index)
    {
        _owner = owner;
        _index = index;
    }

    /// <summary>The plot's title.</summary>
    public string Title => _owner.GetMetadata().Plots[_index].Title;

    /// <summary>The value on the current bar.</summary>
    public double Value => this[0];

    /// <summary>The value <paramref name="barsBack"/> bars ago (0 = the current bar); na before the first bar.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="barsBack"/> is negative.</exception>
    /// <exception cref="ScriptRuntimeException">The indicator is not running as an import, so its values are not kept.</exception>
    public double this[int barsBack]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get
        {
            double[] values = _owner.PlotBuffers.Length > _index ? _owner.PlotBuffers[_index].Values : [];
            int bar = _owner.Cursor.Index - barsBack;
            if ((uint)bar < (uint)values.Length && barsBack >= 0 && _owner.Cursor.Close != null)
            {
                // Imported with gaps on another timeframe: na on chart bars where none of its bars closed.
                return barsBack == 0 && _owner.HidesCurrentPlotValues ? double.NaN : values[bar];
            }

            return OutsideHistory(barsBack);
        }
    }

    /// <summary>
    /// For an indicator imported on intrabars (<c>ImportIntrabars</c>, Pine's <c>request.security_lower_tf</c>), the values
    /// it plotted on each of the importer's current chart bar's intrabars, oldest first: twelve values on an hourly bar with
    /// <c>timeframe: "5"</c>, fewer where the lower timeframe's bars have holes, none when it has no bar inside the chart bar.
    /// </summary>
    /// <remarks>
    /// A view of the plot's recorded values, allocated nothing: valid until the importer's <c>Process()</c> returns (the
    /// next chart bar's intrabars are another view). Keep values past the bar by copying them. na values (where the plot
    /// call did not run, or plotted na) are <see cref="double.NaN"/>, as Pine's array holds them.
    /// </remarks>
    /// <exception cref="ScriptRuntimeException">The indicator was not imported with <c>ImportIntrabars</c>, or is read outside a run.</exception>
    public ReadOnlySpan<double> Intrabars
    {
        get
        {
            int start = _owner.IntrabarStart, end = _owner.IntrabarEnd;
            if (start >= 0 && _owner.Cursor.Close != null)
            {
                return _owner.PlotBuffers[_index].Values.AsSpan(start, end - start);
            }

            return NoIntrabars();
        }
    }

    /// <summary>The value on the current bar.</summary>
    public static implicit operator double(PlotSeries series) => series[0];

    [MethodImpl(MethodImplOptions.NoInlining)]
    private ReadOnlySpan<double> NoIntrabars()
    {
        if (_owner.IsIntrabarImport && _owner.AwaitingFirstBar)
        {
            return default; // No intrabar has closed yet.
        }

        string title = _owner.GetMetadata().Title;
        throw new ScriptRuntimeException(
            $"Plot '{Title}' of '{title}' was read as intrabars outside a run that imports '{title}' on intrabars. Import it in " +
            "Setup() with ImportIntrabars(inputs, timeframe: \"5\") (a timeframe lower than the chart's) and read .Intrabars in Process(); " +
            "an indicator imported with Import(...) has one value per bar: read the plot itself.",
            title);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private double OutsideHistory(int barsBack)
    {
        if (barsBack < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(barsBack), barsBack, $"[{barsBack}] reads the future; a history offset must be 0 or more.");
        }

        if (_owner.AwaitingFirstBar)
        {
            return double.NaN; // Imported on another timeframe or symbol, none of whose bars has closed yet.
        }

        if (_owner.Cursor.Close == null || _owner.PlotBuffers.Length <= _index || !_owner.PlotBuffers[_index].IsRecording)
        {
            string title = _owner.GetMetadata().Title;
            throw new ScriptRuntimeException(
                $"Plot {_index} of '{title}' was read outside a run that imports it. A script reads an indicator's plots " +
                "while both run: import it in Setup() with Import(...) and read its plots in Process().",
                title);
        }

        return double.NaN; // Before the first bar: Pine's na.
    }
}
