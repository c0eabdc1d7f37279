namespace ScriptGen.Ta;

/// <summary>
/// The <c>ta</c> functions over whole arrays, for code that holds its data in memory rather than
/// running a script: each function runs the same state struct a script's call site uses over the
/// input spans and writes one result per element, so the values are the script's, bar for bar.
/// </summary>
/// <remarks>
/// <para>
/// Element <c>i</c> of the inputs is bar <c>i</c> (oldest first). Inputs and destinations must have
/// the same length (<see cref="ArgumentException"/> otherwise, naming both); a window length below 1
/// throws <see cref="ArgumentOutOfRangeException"/>. na is <see cref="double.NaN"/>, as in scripts,
/// and boolean functions write to a <see cref="Span{T}"/> of <see cref="bool"/>.
/// </para>
/// <para>
/// A destination may be the same memory as an input (each element is read before it is written);
/// nothing is allocated beyond the state's own window. Where Pine reads a previous bar's value
/// (<c>close[1]</c> for <c>tr</c>, <c>atr</c> and <c>obv</c>), it is the previous element.
/// </para>
/// </remarks>
public static partial class TaBatch
{
}
