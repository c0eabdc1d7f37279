using System.ComponentModel;
using ScriptGen.CompilerServices;

namespace ScriptGen.Namespaces;

/// <summary>
/// A script's view of Pine's <c>math</c> namespace: what <c>math.Abs(x)</c> and <c>math.Sum(close, 10)</c>
/// call. Every function is computed by the registered <see cref="MathNamespace"/>, so an override is
/// honoured everywhere.
/// </summary>
/// <remarks>
/// <para>Plain functions (<c>Abs</c>, <c>Max</c>, <c>Min</c>, <c>Avg</c>, <c>Round</c>,
/// <c>RoundToMintick</c>, <c>Sign</c>, <c>Pow</c>, <c>Sqrt</c>, <c>Log</c>) keep no state: they may be
/// called anywhere, in loops, lambdas and helpers included.</para>
/// <para><c>Sum</c> keeps a rolling window, so each call site gets its own state through a generated
/// interceptor, as <c>ta</c> calls do, and the same rules apply: called on the script's own
/// <c>math</c>, not in a loop, lambda or local function.</para>
/// <para>Pine's int results that can be na (<c>math.round(x)</c>) are whole <see cref="double"/> values
/// here; na is <see cref="double.NaN"/>.</para>
/// </remarks>
public readonly partial struct PineMath
{
    internal PineMath(Script owner, MathNamespace implementation)
    {
        Owner = owner;
        Namespace = implementation;
    }

    /// <summary>The script making the calls (for generated code).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public Script Owner { get; }

    /// <summary>The registered <c>math</c> implementation (for generated code).</summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public MathNamespace Namespace { get; }

    /// <summary>The absolute value. Pine: <c>math.abs(number)</c>.</summary>
    [PlainCall]
    public double Abs(double number) => Namespace.Abs(number);

    /// <summary>The absolute value of an int. Pine: <c>math.abs(number)</c>.</summary>
    [PlainCall]
    public int Abs(int number) => Namespace.Abs(number);

    /// <summary>The larger number; na when either is na. Pine: <c>math.max(number0, number1)</c>.</summary>
    [PlainCall]
    public double Max(double number0, double number1) => Namespace.Max(number0, number1);

    /// <summary>The largest number; na when any is na. Pine: <c>math.max(number0, number1, ...)</c>.</summary>
    [PlainCall]
    public double Max(params ReadOnlySpan<double> numbers) => Namespace.Max(numbers);

    /// <summary>The larger int. Pine: <c>math.max(number0, number1)</c>.</summary>
    [PlainCall]
    public int Max(int number0, int number1) => Namespace.Max(number0, number1);

    /// <summary>The largest int. Pine: <c>math.max(number0, number1, ...)</c>.</summary>
    [PlainCall]
    public int Max(params ReadOnlySpan<int> numbers) => Namespace.Max(numbers);

    /// <summary>The smaller number; na when either is na. Pine: <c>math.min(number0, number1)</c>.</summary>
    [PlainCall]
    public double Min(double number0, double number1) => Namespace.Min(number0, number1);

    /// <summary>The smallest number; na when any is na. Pine: <c>math.min(number0, number1, ...)</c>.</summary>
    [PlainCall]
    public double Min(params ReadOnlySpan<double> numbers) => Namespace.Min(numbers);

    /// <summary>The smaller int. Pine: <c>math.min(number0, number1)</c>.</summary>
    [PlainCall]
    public int Min(int number0, int number1) => Namespace.Min(number0, number1);

    /// <summary>The smallest int. Pine: <c>math.min(number0, number1, ...)</c>.</summary>
    [PlainCall]
    public int Min(params ReadOnlySpan<int> numbers) => Namespace.Min(numbers);

    /// <summary>The mean of two numbers. Pine: <c>math.avg(number0, number1)</c>.</summary>
    [PlainCall]
    public double Avg(double number0, double number1) => Namespace.Avg(number0, number1);

    /// <summary>The mean of the numbers; na when any is na. Pine: <c>math.avg(number0, number1, ...)</c>.</summary>
    [PlainCall]
    public double Avg(params ReadOnlySpan<double> numbers) => Namespace.Avg(numbers);

    /// <summary>
    /// The nearest whole number, ties away from zero (a whole <see cref="double"/>; na stays na). Pine:
    /// <c>math.round(number)</c>.
    /// </summary>
    [PlainCall]
    public double Round(double number) => Namespace.Round(number);

    /// <summary>
    /// <paramref name="number"/> rounded to <paramref name="precision"/> decimals, ties away from zero.
    /// Pine: <c>math.round(number, precision)</c>.
    /// </summary>
    [PlainCall]
    public double Round(double number, int precision) => Namespace.Round(number, precision);

    /// <summary>
    /// The nearest multiple of the symbol's tick (<c>syminfo.MinTick</c> of the run), ties up. Pine:
    /// <c>math.round_to_mintick(number)</c>.
    /// </summary>
    [PlainCall]
    public double RoundToMintick(double number) => Namespace.RoundToMintick(number, Owner.Symbol.MinTick);

    /// <summary>1 for a positive number, -1 for a negative one, 0 for zero. Pine: <c>math.sign(number)</c>.</summary>
    [PlainCall]
    public double Sign(double number) => Namespace.Sign(number);

    /// <summary><paramref name="base"/> raised to <paramref name="exponent"/>. Pine: <c>math.pow(base, exponent)</c>.</summary>
    [PlainCall]
    public double Pow(double @base, double exponent) => Namespace.Pow(@base, exponent);

    /// <summary>The square root; na for a negative number. Pine: <c>math.sqrt(number)</c>.</summary>
    [PlainCall]
    public double Sqrt(double number) => Namespace.Sqrt(number);

    /// <summary>The natural logarithm; na for a number that is not positive. Pine: <c>math.log(number)</c>.</summary>
    [PlainCall]
    public double Log(double number) => Namespace.Log(number);
}
