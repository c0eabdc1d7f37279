using ScriptGen.Ta;

namespace ScriptGen.Namespaces;

// ta statistics: the overridable core of each function (see TaNamespace.cs).
public partial class TaNamespace
{
    /// <summary><c>ta.stdev(source, length, biased)</c>: standard deviation.</summary>
    public virtual double Stdev(ref StdevState state, double source, int length, bool biased) =>
        state.Update(source, length, biased);

    /// <summary><c>ta.correlation(source1, source2, length)</c>: Pearson correlation.</summary>
    public virtual double Correlation(ref CorrelationState state, double source1, double source2, int length) =>
        state.Update(source1, source2, length);

    /// <summary><c>ta.linreg(source, length, offset)</c>: linear regression value.</summary>
    public virtual double Linreg(ref LinregState state, double source, int length, int offset) =>
        state.Update(source, length, offset);

    /// <summary><c>ta.median(source, length)</c>: median.</summary>
    public virtual double Median(ref MedianState state, double source, int length) => state.Update(source, length);

    /// <summary><c>ta.mode(source, length)</c>: most frequent value.</summary>
    public virtual double Mode(ref ModeState state, double source, int length, int barIndex) =>
        state.Update(source, length, barIndex);
}
