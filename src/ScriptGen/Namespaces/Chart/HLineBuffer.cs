namespace ScriptGen.Namespaces;

/// <summary>The runtime's sink for one <c>hline</c> call site: a level, not a series, so one price and one color.</summary>
internal sealed class HLineBuffer(HLineMetadata metadata) : IHLineSink
{
    private double _price = double.NaN;
    private Color? _color;

    public HLineMetadata Metadata { get; } = metadata;

    public void Record(double price, Color? color)
    {
        _price = price;
        _color = color;
    }

    public HLineResult ToResult() => new(Metadata, _price, _color);
}
