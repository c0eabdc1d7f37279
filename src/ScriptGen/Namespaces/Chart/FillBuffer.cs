namespace ScriptGen.Namespaces;

/// <summary>
/// The runtime's sink for one <c>fill</c> call site: what it fills between (from the last call; the ids a
/// call site is given do not change in practice) and a color per bar.
/// </summary>
internal sealed class FillBuffer(FillMetadata metadata, int barCount, bool record, int plotCount, int hlineCount) : IFillSink
{
    private readonly Color?[] _colors = ChartArrays.Colors(barCount, record);
    private int _first = -1;
    private int _second = -1;

    public FillMetadata Metadata { get; } = metadata;

    public void Record(int barIndex, int first, int second, Color? color)
    {
        int count = Metadata.BetweenHLines ? hlineCount : plotCount;
        if ((uint)first >= (uint)count || (uint)second >= (uint)count)
        {
            throw OutOfRange(first, second, count);
        }

        _first = first;
        _second = second;
        if (_colors.Length != 0)
        {
            _colors[barIndex] = color;
        }
    }

    public void Reset(int barIndex)
    {
        if (_colors.Length != 0)
        {
            _colors[barIndex] = null;
        }
    }

    public FillResult ToResult() => new(Metadata, _first, _second, _colors);

    private ArgumentOutOfRangeException OutOfRange(int first, int second, int count)
    {
        string what = Metadata.BetweenHLines ? "hline" : "plot";
        return new ArgumentOutOfRangeException(
            nameof(first),
            $"chart.Fill '{Metadata.Title}' was given {what}s {first} and {second}, but the script has {count} {what}s: " +
            $"pass what chart.{(Metadata.BetweenHLines ? "HLine" : "Plot")} returned (a default {(Metadata.BetweenHLines ? "HLineId" : "PlotId")} refers to none).");
    }
}
