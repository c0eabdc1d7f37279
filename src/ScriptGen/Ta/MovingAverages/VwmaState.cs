using ScriptGen.CompilerServices;
using ScriptGen.CompilerServices.Declarations;

namespace ScriptGen.Ta;

/// <summary>
/// Call-site state of <c>ta.vwma</c>: the volume-weighted moving average,
/// <c>sma(source * volume, length) / sma(volume, length)</c>.
/// </summary>
/// <remarks>
/// Each of the two averages is <see cref="SmaState"/>'s (na-compacted, holding its value on an na
/// input), as in Pine's definition: an na source with a defined volume advances the volume average
/// only. Warm-up: bar <c>length - 1</c> without na.
/// </remarks>
public struct VwmaState : IRestorableState<VwmaState>
{
    private int _length;
    private SmaState _weighted;
    private SmaState _volume;

    /// <summary>Volume-weighted moving average, <c>sma(source * volume, length) / sma(volume, length)</c>.</summary>
    [PineFunction("ta.vwma")]
    public double Update([Series] double source, [Bar(BarValue.Volume)] double volume, [WindowLength] int length)
    {
        _length = TaArguments.Checked("vwma", length, _length);
        return _weighted.Update(source * volume, length) / _volume.Update(volume, length);
    }

    /// <inheritdoc/>
    public readonly void CopyTo(ref VwmaState target)
    {
        target._length = _length;
        _weighted.CopyTo(ref target._weighted);
        _volume.CopyTo(ref target._volume);
    }
}
