using ScriptGen.CompilerServices;

namespace ScriptGen.Namespaces;

// ta oscillators: what scripts call (see PineTa.cs).
public readonly partial struct PineTa
{
    /// <summary>Relative strength index. Pine: <c>ta.rsi(source, length)</c>.</summary>
    public double Rsi(double source, int length) => throw CallSites.NotIntercepted("ta.Rsi");
}
