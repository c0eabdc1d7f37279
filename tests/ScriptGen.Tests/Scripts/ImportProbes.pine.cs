using ScriptGen;
using ScriptGen.Samples.Scripts;

namespace ScriptGen.Tests.Scripts;

/// <summary>An SMA that counts the bars it processed, so a test sees an imported indicator run once per bar.</summary>
[Indicator("counting sma")]
public partial class CountingSma
{
    [Input("Length", MinValue = 1)] public int Length { get; init; } = 3;

    /// <summary>How many times Process() ran.</summary>
    public int BarsProcessed { get; private set; }

    /// <summary>The bar index seen by the last Process(), to check the lockstep.</summary>
    public Series<double> SeenBar { get; } = new();

    /// <summary>Fails on this bar when set, to test where an imported indicator's failure is reported.</summary>
    [Input("Fail on bar")] public int FailOnBar { get; init; } = -1;

    protected override void Process()
    {
        BarsProcessed++;
        SeenBar.Value = bar_index;
        if (bar_index == FailOnBar)
        {
            throw new InvalidOperationException("imported boom");
        }

        chart.Plot(ta.Sma(close, Length), "SMA");
    }
}

/// <summary>Imports the SMA with its own inputs, and again through the indicator it also imports.</summary>
[Indicator("sma of sma")]
public partial class SmaOfSma
{
    CountingSma _sma = null!;

    public CountingSma Sma => _sma;

    protected override void Setup() => _sma = Import(new CountingSma.Inputs { Length = 3 });

    protected override void Process() => chart.Plot(ta.Sma(_sma.Plots.SMA, 2), "SMA of SMA");
}

/// <summary>Imports the counting SMA three times (twice with equal inputs) and an indicator that imports it too.</summary>
[Indicator("import probe")]
public partial class ImportProbe
{
    CountingSma _first = null!;
    CountingSma _same = null!;
    CountingSma _other = null!;
    SmaOfSma _nested = null!;

    public CountingSma First => _first;
    public CountingSma Same => _same;
    public CountingSma Other => _other;
    public SmaOfSma Nested => _nested;

    /// <summary>The bar index the imported indicator had processed whenever this script's Process() ran.</summary>
    public int LockstepViolations { get; private set; }

    protected override void Setup()
    {
        _first = Import(new CountingSma.Inputs { Length = 3 });
        _same = Import(CountingSma.Inputs.Default);
        _other = Import(new CountingSma.Inputs { Length = 5 });
        _nested = Import<SmaOfSma>();
    }

    protected override void Process()
    {
        if (_first.SeenBar.Value != bar_index)
        {
            LockstepViolations++;
        }

        chart.Plot(_first.Plots.SMA, "imported sma(3)");
        chart.Plot(_first.Plots.SMA[1], "imported sma(3)[1]");
        chart.Plot(ta.Sma(close, 3), "own sma(3)");
        chart.Plot(_other.Plots.SMA, "imported sma(5)");
        chart.Plot(ta.Sma(close, 5), "own sma(5)");
        chart.Plot(_nested.Plots.SMAOfSMA, "imported sma of sma");
    }
}

/// <summary>Imports an indicator that fails on bar 4.</summary>
[Indicator("failing import probe")]
public partial class FailingImportProbe
{
    CountingSma _sma = null!;

    protected override void Setup() => _sma = Import(new CountingSma.Inputs { FailOnBar = 4 });

    protected override void Process() => chart.Plot(_sma.Plots.SMA, "sma");
}

/// <summary>
/// TradingView's "RSI Strategy" written on the sample RSI indicator, imported (twice, with equal
/// inputs) instead of computed: it must trade exactly as TradingView's export of the original.
/// </summary>
[Strategy("RSI Strategy on an imported RSI", Overlay = true)]
public partial class ImportedRsiStrategy
{
    Rsi _rsi = null!;
    Rsi _again = null!;

    /// <summary>Whether both imports got one instance.</summary>
    public bool ImportsShared => ReferenceEquals(_rsi, _again);

    protected override void Setup()
    {
        _rsi = Import(new Rsi.Inputs { Length = 14 });
        _again = Import(Rsi.Inputs.Default);
    }

    protected override void Process()
    {
        double rsi = _rsi.Plots.RSI;
        bool crossedUp = ta.Crossover(rsi, _rsi.InputValues.Oversold);
        bool crossedDown = ta.Crossunder(rsi, _rsi.InputValues.Overbought);
        if (!na(rsi))
        {
            if (crossedUp)
            {
                strategy.Entry("RsiLE", Direction.Long, comment: "RsiLE");
            }

            if (crossedDown)
            {
                strategy.Entry("RsiSE", Direction.Short, comment: "RsiSE");
            }
        }
    }
}
