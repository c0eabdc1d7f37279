using ScriptGen.Ta;

namespace ScriptGen.Namespaces;

/// <summary>
/// Pine's <c>math</c> namespace: the implementation behind a script's <c>math.*</c> calls. Stateless
/// (the one stateful function, <c>math.sum</c>, gets its call site's state by <c>ref</c>), so one
/// instance serves any number of parallel runs.
/// </summary>
/// <remarks>
/// <para>Scripts call the facade, <see cref="PineMath"/>. Its plain functions (all but <c>Sum</c>)
/// forward to the virtual methods here; <c>Sum</c> is intercepted per call site and reaches
/// <see cref="Sum"/> with its own <see cref="SumState"/>. To change a function for the scripts of an
/// engine, subclass this, override it, and register the instance under <c>"math"</c>
/// (<see cref="RuntimeEnvironment.RegisterNamespace"/>).</para>
/// <para>na is <see cref="double.NaN"/>: every function returns na when an argument is na. Pine has no
/// infinities (a division by zero is na), so results that would be infinite are na too.</para>
/// </remarks>
public partial class MathNamespace
{
    /// <summary>The shared default instance.</summary>
    public static MathNamespace Default { get; } = new();

    /// <summary><c>math.abs(number)</c>.</summary>
    public virtual double Abs(double number) => Math.Abs(number);

    /// <summary><c>math.abs(number)</c> of an int.</summary>
    public virtual int Abs(int number) => Math.Abs(number);

    /// <summary><c>math.max(number0, number1)</c>: na when either is na.</summary>
    public virtual double Max(double number0, double number1) => Math.Max(number0, number1);

    /// <summary><c>math.max(number0, number1, ...)</c>: na when any is na.</summary>
    /// <exception cref="ArgumentException">No number was given.</exception>
    public virtual double Max(ReadOnlySpan<double> numbers)
    {
        double result = First(numbers, "max");
        for (int i = 1; i < numbers.Length; i++)
        {
            result = Math.Max(result, numbers[i]);
        }

        return result;
    }

    /// <summary><c>math.max(number0, number1)</c> of ints.</summary>
    public virtual int Max(int number0, int number1) => Math.Max(number0, number1);

    /// <summary><c>math.max(number0, number1, ...)</c> of ints.</summary>
    /// <exception cref="ArgumentException">No number was given.</exception>
    public virtual int Max(ReadOnlySpan<int> numbers)
    {
        int result = First(numbers, "max");
        for (int i = 1; i < numbers.Length; i++)
        {
            result = Math.Max(result, numbers[i]);
        }

        return result;
    }

    /// <summary><c>math.min(number0, number1)</c>: na when either is na.</summary>
    public virtual double Min(double number0, double number1) => Math.Min(number0, number1);

    /// <summary><c>math.min(number0, number1, ...)</c>: na when any is na.</summary>
    /// <exception cref="ArgumentException">No number was given.</exception>
    public virtual double Min(ReadOnlySpan<double> numbers)
    {
        double result = First(numbers, "min");
        for (int i = 1; i < numbers.Length; i++)
        {
            result = Math.Min(result, numbers[i]);
        }

        return result;
    }

    /// <summary><c>math.min(number0, number1)</c> of ints.</summary>
    public virtual int Min(int number0, int number1) => Math.Min(number0, number1);

    /// <summary><c>math.min(number0, number1, ...)</c> of ints.</summary>
    /// <exception cref="ArgumentException">No number was given.</exception>
    public virtual int Min(ReadOnlySpan<int> numbers)
    {
        int result = First(numbers, "min");
        for (int i = 1; i < numbers.Length; i++)
        {
            result = Math.Min(result, numbers[i]);
        }

        return result;
    }

    /// <summary><c>math.avg(number0, number1)</c>: <c>(number0 + number1) / 2</c>.</summary>
    public virtual double Avg(double number0, double number1) => (number0 + number1) / 2;

    /// <summary>
    /// <c>math.avg(number0, number1, ...)</c>: na when any is na. From three numbers on, the sum is
    /// Kahan-compensated and the pending correction is flushed into the total before the division;
    /// with one or two it is plain (TradingView's two rules, as PyneCore measured them).
    /// </summary>
    /// <exception cref="ArgumentException">No number was given.</exception>
    public virtual double Avg(ReadOnlySpan<double> numbers)
    {
        First(numbers, "avg");
        if (numbers.Length <= 2)
        {
            double plain = 0;
            foreach (double number in numbers)
            {
                plain += number;
            }

            return plain / numbers.Length;
        }

        double sum = 0, compensation = 0;
        foreach (double number in numbers)
        {
            double corrected = number - compensation;
            double total = sum + corrected;
            compensation = (total - sum) - corrected;
            sum = total;
        }

        return (sum - compensation) / numbers.Length;
    }

    /// <summary>
    /// <c>math.round(number)</c>: the nearest whole number, ties (within Pine's 1e-10 tolerance) away
    /// from zero. Pine's result is an int; here it is a whole <see cref="double"/>, so that na stays na.
    /// </summary>
    public virtual double Round(double number) => double.IsFinite(number) ? PineRounding.Round(number, 0) : double.NaN;

    /// <summary>
    /// <c>math.round(number, precision)</c>: rounded to <paramref name="precision"/> decimals (a negative
    /// precision rounds to tens, hundreds, ...), ties (within Pine's 1e-10 tolerance) away from zero.
    /// </summary>
    public virtual double Round(double number, int precision) => PineRounding.Round(number, precision);

    /// <summary>
    /// <c>math.round_to_mintick(number)</c>: the nearest multiple of the symbol's tick
    /// (<paramref name="minTick"/>), ties up.
    /// </summary>
    public virtual double RoundToMintick(double number, double minTick) => PineRounding.RoundToMintick(number, minTick);

    /// <summary><c>math.sign(number)</c>: 1, -1 or 0 (na for na).</summary>
    public virtual double Sign(double number) =>
        double.IsNaN(number) ? double.NaN : number > 0 ? 1 : number < 0 ? -1 : 0;

    /// <summary>
    /// <c>math.pow(base, exponent)</c>. The exponents 2, 1, 0 and 0.5 (of a non-negative base) give
    /// <c>base * base</c>, <c>base</c>, 1 and <c>sqrt(base)</c> exactly, as TradingView does (measured by
    /// PyneCore); an infinite result is na.
    /// </summary>
    public virtual double Pow(double @base, double exponent)
    {
        if (double.IsNaN(@base) || double.IsNaN(exponent))
        {
            return double.NaN;
        }

        double result = exponent switch
        {
            2 => @base * @base,
            1 => @base,
            0 => 1,
            0.5 when @base >= 0 => Math.Sqrt(@base),
            _ => Math.Pow(@base, exponent),
        };
        return double.IsFinite(result) ? result : double.NaN;
    }

    /// <summary><c>math.sqrt(number)</c>: na for a negative number.</summary>
    public virtual double Sqrt(double number) => Math.Sqrt(number);

    /// <summary><c>math.log(number)</c>: the natural logarithm; na for a number that is not positive.</summary>
    public virtual double Log(double number)
    {
        double result = Math.Log(number);
        return double.IsFinite(result) ? result : double.NaN;
    }

    private static T First<T>(ReadOnlySpan<T> numbers, string function)
    {
        if (numbers.IsEmpty)
        {
            throw new ArgumentException($"math.{function} needs at least one number; got none.", nameof(numbers));
        }

        return numbers[0];
    }
}
