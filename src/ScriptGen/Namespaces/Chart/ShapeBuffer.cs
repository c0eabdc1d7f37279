namespace ScriptGen.Namespaces;

/// <summary>The runtime's sink for one <c>plotshape</c>/<c>plotchar</c> call site: a value and a color per bar.</summary>
internal sealed class ShapeBuffer(ShapeMetadata metadata, int barCount, bool record) : IShapeSink
{
    private readonly double[] _values = ChartArrays.Values(barCount, record);
    private readonly Color?[] _colors = ChartArrays.Colors(barCount, record);

    public ShapeMetadata Metadata { get; } = metadata;

    public void Record(int barIndex, double value, Color? color)
    {
        if (_values.Length != 0)
        {
            _values[barIndex] = value;
            _colors[barIndex] = color;
        }
    }

    public void Reset(int barIndex) => Record(barIndex, double.NaN, null);

    public ShapeResult ToResult() => new(Metadata, _values, _colors);
}
