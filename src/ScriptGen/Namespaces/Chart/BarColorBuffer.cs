namespace ScriptGen.Namespaces;

/// <summary>The runtime's sink for one <c>barcolor</c>/<c>bgcolor</c> call site: a color per bar.</summary>
internal sealed class BarColorBuffer(BarColorMetadata metadata, int barCount, bool record) : IBarColorSink
{
    private readonly Color?[] _colors = ChartArrays.Colors(barCount, record);

    public BarColorMetadata Metadata { get; } = metadata;

    public void Record(int barIndex, Color? color)
    {
        if (_colors.Length != 0)
        {
            _colors[barIndex] = color;
        }
    }

    public void Reset(int barIndex) => Record(barIndex, null);

    public BarColorResult ToResult() => new(Metadata, _colors);
}
