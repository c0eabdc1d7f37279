using ScriptGen.CompilerServices;

namespace ScriptGen.Namespaces;

/// <summary>
/// A script's view of Pine's <c>timeframe</c> namespace: the timeframe of the bars it runs on
/// (<c>timeframe.Period</c>, <c>timeframe.IsIntraday</c>, ...) and conversions of timeframe strings.
/// Plain reads and functions: callable anywhere, no state per call site.
/// </summary>
public readonly struct PineTimeframe
{
    private readonly Script _owner;

    internal PineTimeframe(Script owner) => _owner = owner;

    /// <summary>The bars' timeframe. Pine: <c>timeframe.period</c> (<c>"60"</c>, <c>"D"</c>, <c>"W"</c>, ...).</summary>
    public string Period => Chart.Period;

    /// <summary>The chart's timeframe, which scripts without <c>request.security</c> share with <see cref="Period"/>. Pine: <c>timeframe.main_period</c>.</summary>
    public string MainPeriod => Chart.Period;

    /// <summary>How many units a bar spans (60 for <c>"60"</c>, 1 for <c>"D"</c>). Pine: <c>timeframe.multiplier</c>.</summary>
    public int Multiplier => Chart.Multiplier;

    /// <summary>Seconds or minutes. Pine: <c>timeframe.isintraday</c>.</summary>
    public bool IsIntraday => Chart.IsIntraday;

    /// <summary>Days, weeks or months. Pine: <c>timeframe.isdwm</c>.</summary>
    public bool IsDwm => Chart.IsDwm;

    /// <summary>Pine: <c>timeframe.isseconds</c>.</summary>
    public bool IsSeconds => Chart.Unit == TimeframeUnit.Seconds;

    /// <summary>Pine: <c>timeframe.isminutes</c>.</summary>
    public bool IsMinutes => Chart.Unit == TimeframeUnit.Minutes;

    /// <summary>Pine: <c>timeframe.isdaily</c>.</summary>
    public bool IsDaily => Chart.Unit == TimeframeUnit.Days;

    /// <summary>Pine: <c>timeframe.isweekly</c>.</summary>
    public bool IsWeekly => Chart.Unit == TimeframeUnit.Weeks;

    /// <summary>Pine: <c>timeframe.ismonthly</c>.</summary>
    public bool IsMonthly => Chart.Unit == TimeframeUnit.Months;

    /// <summary>Tick charts do not exist for bar data: always false. Pine: <c>timeframe.isticks</c>.</summary>
    public bool IsTicks => false;

    /// <summary>The length of a bar in seconds (a month is 2,628,003). Pine: <c>timeframe.in_seconds()</c>.</summary>
    public long InSeconds() => Chart.InSeconds;

    /// <summary>The length of <paramref name="timeframe"/> in seconds. Pine: <c>timeframe.in_seconds(timeframe)</c>.</summary>
    /// <param name="timeframe">A Pine timeframe string; empty for the bars' own.</param>
    /// <exception cref="ArgumentException">The string is not a Pine timeframe (the message says why; the run reports it as a <see cref="ScriptRuntimeException"/> with the bar and line).</exception>
    public long InSeconds([TimeframeArgument] string timeframe) =>
        string.IsNullOrEmpty(timeframe) ? Chart.InSeconds : Parse(timeframe, "timeframe.InSeconds").InSeconds;

    /// <summary>
    /// The timeframe string <paramref name="seconds"/> long, or the next larger one TradingView accepts
    /// (<see cref="Timeframe.FromSeconds"/>). Pine: <c>timeframe.from_seconds(seconds)</c>.
    /// </summary>
    public string FromSeconds(long seconds) => Timeframe.FromSeconds(seconds);

    /// <summary>
    /// True on the first bar of a new <paramref name="timeframe"/> period, on the symbol's session grid: a day
    /// starts at the session's opening (17:00 New York the evening before for forex), a week on Monday's trading
    /// day, a month on its first trading day; <c>"240"</c> counts four hours from the session's opening, and
    /// <c>"3D"</c>, <c>"2W"</c>, <c>"3M"</c> count from the year's first trading day, Monday, month. False on the
    /// first bar and for a timeframe shorter than the bars'. Pine: <c>timeframe.change(timeframe)</c>.
    /// </summary>
    /// <param name="timeframe">A Pine timeframe string; empty for the bars' own.</param>
    /// <exception cref="ArgumentException">The string is not a Pine timeframe (the run reports it with the bar and line).</exception>
    public bool Change([TimeframeArgument] string timeframe) => _owner.TimeframeChanged(timeframe);

    private Timeframe Chart => _owner.ChartTimeframe;

    private static Timeframe Parse(string text, string function) =>
        Timeframe.TryParse(text, out Timeframe timeframe, out string? problem)
            ? timeframe
            : throw new ArgumentException($"{function}(\"{text}\"): '{text}' is not a Pine timeframe: {problem}.", nameof(text));
}
