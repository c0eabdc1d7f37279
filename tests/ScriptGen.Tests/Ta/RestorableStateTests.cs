using System.Reflection;
using System.Runtime.CompilerServices;
using ScriptGen.CompilerServices;
using ScriptGen.Namespaces;
using ScriptGen.Ta;

namespace ScriptGen.Tests.Ta;

/// <summary>
/// The <see cref="IRestorableState{TSelf}"/> contract for every call-site state of <c>ta</c> and
/// <c>math</c>: saved, run on bars that are then thrown away, and restored, a state continues bit for
/// bit as one that never saw those bars (what <c>calc_on_order_fills</c> needs to re-run a bar). States
/// without references are copied as plain structs by the generator; they are held to the same contract
/// with a plain copy.
/// </summary>
public sealed class RestorableStateTests
{
    private const int BarCount = 120;
    private const int Continuation = 40;

    /// <summary>Prefixes shorter and longer than every window below (lengths 3 to 9, a pivot span of 36).</summary>
    private static readonly int[] s_prefixes = [0, 1, 2, 3, 4, 5, 7, 11, 19, 40, 70];

    private static readonly TaNamespace s_ta = TaNamespace.Default;
    private static readonly SessionSchedule s_utcDays = SessionSchedule.For(SymbolInfo.Default);
    private static readonly MathNamespace s_math = MathNamespace.Default;

    /// <summary>One call site per state type (two for the pivots: the scanned and the deque window), as a script calls it.</summary>
    private static readonly Case[] s_cases =
    [
        // ta, bands and channels
        Restorable("ta.bb", (ref BbState s, Bar b) => O(s_ta.Bb(ref s, b.Close, 4, 2.0))),
        Restorable("ta.bbw", (ref BbwState s, Bar b) => O(s_ta.Bbw(ref s, b.Close, 4, 2.0))),
        Restorable("ta.kc", (ref KcState s, Bar b) => O(s_ta.Kc(ref s, b.Close, b.High, b.Low, b.PreviousClose, 4, 1.5, true))),
        Restorable("ta.kcw", (ref KcwState s, Bar b) => O(s_ta.Kcw(ref s, b.Close, b.High, b.Low, b.PreviousClose, 4, 1.5, false))),

        // ta, changes
        Restorable("ta.change", (ref ChangeState s, Bar b) => O(s_ta.Change(ref s, b.Close, 3))),
        Restorable("ta.mom", (ref MomState s, Bar b) => O(s_ta.Mom(ref s, b.Close, 3))),
        Restorable("ta.roc", (ref RocState s, Bar b) => O(s_ta.Roc(ref s, b.Close, 3))),
        Restorable("ta.valuewhen", (ref ValueWhenState s, Bar b) => O(s_ta.ValueWhen(ref s, b.Condition, b.Close, 2))),
        Plain("ta.cum", (ref CumState s, Bar b) => O(s_ta.Cum(ref s, b.Close))),
        Plain("ta.barssince", (ref BarsSinceState s, Bar b) => O(s_ta.BarsSince(ref s, b.Condition))),

        // ta, crosses
        Plain("ta.cross", (ref CrossState s, Bar b) => O(s_ta.Cross(ref s, b.Close, b.Other))),
        Plain("ta.crossover", (ref CrossoverState s, Bar b) => O(s_ta.Crossover(ref s, b.Close, b.Other))),
        Plain("ta.crossunder", (ref CrossunderState s, Bar b) => O(s_ta.Crossunder(ref s, b.Close, b.Other))),
        Plain("ta.falling", (ref FallingState s, Bar b) => O(s_ta.Falling(ref s, b.Close, 2))),
        Plain("ta.rising", (ref RisingState s, Bar b) => O(s_ta.Rising(ref s, b.Close, 2))),

        // ta, dispersion and statistics
        Restorable("ta.dev", (ref DevState s, Bar b) => O(s_ta.Dev(ref s, b.Close, 4))),
        Restorable("ta.variance", (ref VarianceState s, Bar b) => O(s_ta.Variance(ref s, b.Close, 4, false))),
        Restorable("ta.stdev", (ref StdevState s, Bar b) => O(s_ta.Stdev(ref s, b.Close, 4, true))),
        Restorable("ta.correlation", (ref CorrelationState s, Bar b) => O(s_ta.Correlation(ref s, b.Close, b.Other, 4))),
        Restorable("ta.linreg", (ref LinRegState s, Bar b) => O(s_ta.LinReg(ref s, b.Close, 4, 1))),
        Restorable("ta.median", (ref MedianState s, Bar b) => O(s_ta.Median(ref s, b.Close, 4))),
        Restorable("ta.mode", (ref ModeState s, Bar b) => O(s_ta.Mode(ref s, b.Close, 5, b.Index))),

        // ta, moving averages (alma's discarded runs change its offset, so its weights are recomputed in them)
        Restorable("ta.sma", (ref SmaState s, Bar b) => O(s_ta.Sma(ref s, b.Close, 4))),
        Restorable("ta.ema", (ref EmaState s, Bar b) => O(s_ta.Ema(ref s, b.Close, 4))),
        Restorable("ta.rma", (ref RmaState s, Bar b) => O(s_ta.Rma(ref s, b.Close, 4))),
        Restorable("ta.alma", (ref AlmaState s, Bar b) => O(s_ta.Alma(ref s, b.Close, 5, b.Discarded ? 0.5 : 0.85, 6, false))),
        Restorable("ta.wma", (ref WmaState s, Bar b) => O(s_ta.Wma(ref s, b.Close, 4))),
        Restorable("ta.hma", (ref HmaState s, Bar b) => O(s_ta.Hma(ref s, b.Close, 9))),
        Restorable("ta.vwma", (ref VwmaState s, Bar b) => O(s_ta.Vwma(ref s, b.Close, b.Volume, 4))),
        Plain("ta.swma", (ref SwmaState s, Bar b) => O(s_ta.Swma(ref s, b.Close))),

        // ta, oscillators
        Restorable("ta.rsi", (ref RsiState s, Bar b) => O(s_ta.Rsi(ref s, b.Close, 4))),
        Restorable("ta.mfi", (ref MfiState s, Bar b) => O(s_ta.Mfi(ref s, b.Close, b.Volume, 4))),
        Restorable("ta.stoch", (ref StochState s, Bar b) => O(s_ta.Stoch(ref s, b.Close, b.High, b.Low, 4, b.Index))),
        Restorable("ta.cmo", (ref CmoState s, Bar b) => O(s_ta.Cmo(ref s, b.Close, 4))),
        Restorable("ta.cci", (ref CciState s, Bar b) => O(s_ta.Cci(ref s, b.Close, 4))),
        Restorable("ta.cog", (ref CogState s, Bar b) => O(s_ta.Cog(ref s, b.Close, 4))),
        Restorable("ta.wpr", (ref WprState s, Bar b) => O(s_ta.Wpr(ref s, b.High, b.Low, b.Close, 4, b.Index))),
        Restorable("ta.macd", (ref MacdState s, Bar b) => O(s_ta.Macd(ref s, b.Close, 3, 5, 3))),

        // ta, percentiles
        Restorable("ta.percentrank", (ref PercentRankState s, Bar b) => O(s_ta.PercentRank(ref s, b.Close, 4))),
        Restorable("ta.percentile_linear_interpolation",
            (ref PercentileLinearInterpolationState s, Bar b) => O(s_ta.PercentileLinearInterpolation(ref s, b.Close, 4, 30))),
        Restorable("ta.percentile_nearest_rank",
            (ref PercentileNearestRankState s, Bar b) => O(s_ta.PercentileNearestRank(ref s, b.Close, 4, 60))),

        // ta, pivots
        Restorable("ta.pivothigh(2, 2)", (ref PivotHighState s, Bar b) => O(s_ta.PivotHigh(ref s, b.High, 2, 2, b.Index))),
        Restorable("ta.pivotlow(2, 2)", (ref PivotLowState s, Bar b) => O(s_ta.PivotLow(ref s, b.Low, 2, 2, b.Index))),
        Restorable("ta.pivothigh(20, 15)", (ref PivotHighState s, Bar b) => O(s_ta.PivotHigh(ref s, b.Close, 20, 15, b.Index))),
        Restorable("ta.pivotlow(20, 15)", (ref PivotLowState s, Bar b) => O(s_ta.PivotLow(ref s, b.Close, 20, 15, b.Index))),
        Plain("ta.pivot_point_levels", (ref PivotPointLevelsState s, Bar b) => O(s_ta.PivotPointLevels(
            ref s, b.Open, b.High, b.Low, b.Close, b.PreviousClose, PivotPointType.Traditional, b.Condition, false))),

        // ta, ranges
        Restorable("ta.highest", (ref HighestState s, Bar b) => O(s_ta.Highest(ref s, b.High, 4, b.Index))),
        Restorable("ta.lowest", (ref LowestState s, Bar b) => O(s_ta.Lowest(ref s, b.Low, 4, b.Index))),
        Restorable("ta.highestbars", (ref HighestBarsState s, Bar b) => O(s_ta.HighestBars(ref s, b.Close, 4, b.Index))),
        Restorable("ta.lowestbars", (ref LowestBarsState s, Bar b) => O(s_ta.LowestBars(ref s, b.Close, 4, b.Index))),
        Restorable("ta.range", (ref RangeState s, Bar b) => O(s_ta.Range(ref s, b.Close, 4, b.Index))),
        Restorable("ta.atr", (ref AtrState s, Bar b) => O(s_ta.Atr(ref s, b.High, b.Low, b.PreviousClose, 4))),
        Plain("ta.max", (ref MaxState s, Bar b) => O(s_ta.Max(ref s, b.Close))),
        Plain("ta.min", (ref MinState s, Bar b) => O(s_ta.Min(ref s, b.Close))),

        // ta, trend
        Restorable("ta.dmi", (ref DmiState s, Bar b) => O(s_ta.Dmi(ref s, b.High, b.Low, b.PreviousClose, 3, 3))),
        Restorable("ta.supertrend", (ref SupertrendState s, Bar b) =>
            O(s_ta.Supertrend(ref s, b.High, b.Low, b.Close, b.PreviousClose, (b.High + b.Low) / 2, 2.0, 3))),
        Restorable("ta.tsi", (ref TsiState s, Bar b) => O(s_ta.Tsi(ref s, b.Close, 3, 5))),
        Plain("ta.sar", (ref SarState s, Bar b) => O(s_ta.Sar(ref s, b.High, b.Low, 0.02, 0.02, 0.2))),

        // ta, volume (nvi and obv read a script's bar history; their per-bar step is what it feeds)
        Plain("ta.nvi", (ref NviState s, Bar b) => O(s.Update(b.Close, b.Volume))),
        Plain("ta.obv", (ref ObvState s, Bar b) => O(s.Update(b.Close, b.PreviousClose, b.Volume))),
        Plain("ta.accdist", (ref AccDistState s, Bar b) => O(s_ta.AccDist(ref s, b.High, b.Low, b.Close, b.Volume))),
        Plain("ta.pvi", (ref PviState s, Bar b) => O(s_ta.Pvi(ref s, b.Close, b.Volume))),
        Plain("ta.pvt", (ref PvtState s, Bar b) => O(s_ta.Pvt(ref s, b.Close, b.Volume))),
        Plain("ta.wad", (ref WadState s, Bar b) => O(s_ta.Wad(ref s, b.High, b.Low, b.Close))),
        Plain("ta.vwap(source)", (ref SessionVwapState s, Bar b) => O(s_ta.Vwap(ref s, b.Close, b.Volume, b.Time, s_utcDays))),
        Plain("ta.vwap(source, stdev_mult)",
            (ref SessionVwapState s, Bar b) => O(s_ta.Vwap(ref s, b.Close, b.Volume, b.Time, s_utcDays, 1.5))),
        Plain("ta.vwap(source, anchor)", (ref VwapState s, Bar b) => O(s_ta.Vwap(ref s, b.Close, b.Volume, b.Condition))),
        Plain("ta.vwap(source, anchor, stdev_mult)", (ref VwapState s, Bar b) => O(s_ta.Vwap(ref s, b.Close, b.Volume, b.Condition, 1.5))),

        // math
        Restorable("math.sum", (ref SumState s, Bar b) => O(s_math.Sum(ref s, b.Close, 4))),
    ];

    private static readonly Dictionary<string, Case> s_byName = s_cases.ToDictionary(c => c.Name);

    public static TheoryData<string> Cases => new(s_cases.Select(c => c.Name));

    public static TheoryData<string> RestorableCases => new(s_cases.Where(c => c.Restorable).Select(c => c.Name));

    private delegate double[] Step<TState>(ref TState state, Bar bar)
        where TState : struct;

    private delegate void Copy<TState>(ref TState source, ref TState target)
        where TState : struct;

    [Fact]
    public void Every_ta_state_holding_references_implements_IRestorableState_of_itself()
    {
        Type[] holding = StateTypes().Where(ContainsReferences).ToArray();

        // The 45 states with arrays when this test was written: the search must keep finding them.
        Assert.True(holding.Length >= 45, $"Only {holding.Length} states with references found: {string.Join(", ", holding.Select(t => t.Name))}");
        Assert.All(holding, type => Assert.True(
            typeof(IRestorableState<>).MakeGenericType(type).IsAssignableFrom(type),
            $"{type.Name} holds references but does not implement IRestorableState<{type.Name}>: saving it for calc_on_order_fills would share its arrays."));
    }

    [Fact]
    public void Every_struct_of_the_ta_namespace_holding_references_is_restorable_building_blocks_included()
    {
        Type[] structs = typeof(SmaState).Assembly.GetTypes()
            .Where(t => t is { IsValueType: true, IsEnum: false, Namespace: "ScriptGen.Ta" } && !t.IsDefined(typeof(CompilerGeneratedAttribute)))
            .Where(ContainsReferences)
            .ToArray();

        Assert.Contains(typeof(RingBuffer), structs);
        Assert.All(structs, type => Assert.True(
            typeof(IRestorableState<>).MakeGenericType(type).IsAssignableFrom(type),
            $"{type.FullName} holds references but does not implement IRestorableState<{type.Name}>."));
    }

    [Fact]
    public void The_table_drives_every_state_of_the_ta_and_math_namespaces()
    {
        HashSet<Type> driven = s_cases.Select(c => c.StateType).ToHashSet();
        string[] missing = StateTypes().Where(t => !driven.Contains(t)).Select(t => t.Name).ToArray();
        Assert.True(missing.Length == 0, $"States with no case in the table: {string.Join(", ", missing)}.");

        // A state with references must be saved with its CopyTo: a plain copy would share its arrays.
        Assert.All(s_cases, c => Assert.True(
            c.Restorable == ContainsReferences(c.StateType),
            $"{c.Name}: {c.StateType.Name} is in the table as {(c.Restorable ? "restorable" : "plain")}, but it {(ContainsReferences(c.StateType) ? "holds" : "holds no")} references."));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_state_restored_after_discarded_bars_continues_as_if_it_had_never_seen_them(string name)
    {
        Case c = s_byName[name];
        foreach (int seed in new[] { 1, 2, 3 })
        {
            Bar[] bars = Bars(seed, discarded: false);
            Bar[] discarded = Bars(seed + 100, discarded: true);
            Bar[] other = Bars(seed + 200, discarded: true);
            foreach (int prefix in s_prefixes)
            {
                foreach (int discardedCount in new[] { 1, 3 })
                {
                    c.CheckRestore(bars, discarded, other, prefix, discardedCount, dirtyTarget: false);
                    c.CheckRestore(bars, discarded, other, prefix, discardedCount, dirtyTarget: true);
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_state_rolled_back_before_every_rerun_of_every_bar_equals_a_state_that_ran_each_bar_once(string name)
    {
        Case c = s_byName[name];
        foreach (int seed in new[] { 1, 2, 3 })
        {
            c.CheckRollbackOnEveryBar(Bars(seed, discarded: false), Bars(seed + 100, discarded: true), reruns: 2);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_copy_and_its_source_evolve_independently(string name)
    {
        Case c = s_byName[name];
        Bar[] bars = Bars(4, discarded: false);
        Bar[] other = Bars(104, discarded: true);
        foreach (int prefix in s_prefixes)
        {
            c.CheckIndependence(bars, other, prefix);
        }
    }

    [Theory]
    [MemberData(nameof(RestorableCases))]
    public void A_copy_equals_its_source_field_by_field_and_shares_no_array(string name)
    {
        Case c = s_byName[name];
        Bar[] bars = Bars(5, discarded: false);
        Bar[] other = Bars(105, discarded: true);
        foreach (int prefix in s_prefixes)
        {
            c.CheckDeepCopy(bars, other, prefix);
        }
    }

    [Theory]
    [MemberData(nameof(RestorableCases))]
    public void Saving_and_restoring_a_warm_state_again_allocates_nothing(string name)
    {
        long allocated = s_byName[name].AllocatedBySaveAndRestore(Bars(6, discarded: false));
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void CopyArray_reuses_a_distinct_target_of_the_same_length_and_never_shares()
    {
        double[] source = [1, 2, 3];
        double[]? target = new double[3];
        double[] reused = target;
        StateCopy.CopyArray(source, ref target);
        Assert.Same(reused, target);
        Assert.Equal(source, target);

        double[]? shared = source;
        StateCopy.CopyArray(source, ref shared);
        Assert.NotSame(source, shared);
        Assert.Equal(source, shared);

        double[]? shorter = new double[2];
        StateCopy.CopyArray(source, ref shorter);
        Assert.Equal(source, shorter);

        double[]? cleared = new double[3];
        StateCopy.CopyArray(null, ref cleared);
        Assert.Null(cleared);
    }

    /// <summary>
    /// The call-site states: the first parameter (by ref) of each public virtual core method of
    /// <see cref="TaNamespace"/> and <see cref="MathNamespace"/> (the generator's rule for a call site's
    /// state), and every public struct of <c>ScriptGen.Ta</c> named <c>...State</c> (one not wired yet).
    /// </summary>
    private static Type[] StateTypes()
    {
        IEnumerable<Type> fromNamespaces = new[] { typeof(TaNamespace), typeof(MathNamespace) }
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance))
            .Where(m => m.IsVirtual && m.GetParameters().Length > 0 && m.GetParameters()[0].ParameterType.IsByRef)
            .Select(m => m.GetParameters()[0].ParameterType.GetElementType()!)
            .Where(t => t.IsValueType);
        IEnumerable<Type> named = typeof(SmaState).Assembly.GetExportedTypes()
            .Where(t => t is { IsValueType: true, Namespace: "ScriptGen.Ta" } && t.Name.EndsWith("State", StringComparison.Ordinal));
        return fromNamespaces.Concat(named).Distinct().OrderBy(t => t.Name, StringComparer.Ordinal).ToArray();
    }

    private static bool ContainsReferences(Type type) =>
        (bool)typeof(RuntimeHelpers).GetMethod(nameof(RuntimeHelpers.IsReferenceOrContainsReferences))!
            .MakeGenericMethod(type).Invoke(null, null)!;

    /// <summary>
    /// Price-like bars around 100: a random walk, about two in five closes on a half-point grid (ties for
    /// the mode, the median and the pivots), na closes, highs, lows, volumes and second sources, sometimes
    /// several in a row. Bar <c>i</c> has index <c>i</c> and a time six hours after bar <c>i - 1</c>'s,
    /// so sessions change; the previous close is the bar before's, of the same series.
    /// </summary>
    private static Bar[] Bars(int seed, bool discarded)
    {
        var random = new Random(seed);
        var bars = new Bar[BarCount];
        double level = 100, previousClose = double.NaN;
        int naRun = 0;
        for (int i = 0; i < BarCount; i++)
        {
            level += (random.NextDouble() - 0.5) * 2;
            double close = random.Next(5) < 2 ? Math.Round(level * 2) / 2 : level;
            if (naRun > 0 || random.Next(12) == 0)
            {
                naRun = naRun > 0 ? naRun - 1 : random.Next(3);
                close = double.NaN;
            }

            double open = level + (random.NextDouble() - 0.5);
            double high = Math.Max(open, double.IsNaN(close) ? level : close) + random.NextDouble();
            double low = Math.Min(open, double.IsNaN(close) ? level : close) - random.NextDouble();
            if (random.Next(20) == 0)
            {
                high = double.NaN;
            }

            if (random.Next(20) == 0)
            {
                low = double.NaN;
            }

            double volume = random.Next(20) == 0 ? double.NaN : 1000 + random.Next(5000);
            double other = random.Next(10) == 0 ? double.NaN : level + (random.NextDouble() - 0.5) * 3;
            bars[i] = new Bar(
                i, TestBars.Start + i * 6 * TestBars.Hour, open, high, low, close, volume, previousClose, other,
                random.Next(4) == 0, discarded);
            previousClose = close;
        }

        return bars;
    }

    private static Case Restorable<TState>(string name, Step<TState> step)
        where TState : struct, IRestorableState<TState> =>
        new Case<TState>(name, step, static (ref TState source, ref TState target) => source.CopyTo(ref target), restorable: true);

    private static Case Plain<TState>(string name, Step<TState> step)
        where TState : struct =>
        new Case<TState>(name, step, static (ref TState source, ref TState target) => target = source, restorable: false);

    private static double[] O(double value) => [value];

    private static double[] O(bool value) => [value ? 1 : 0];

    private static double[] O((double, double, double) values) => [values.Item1, values.Item2, values.Item3];

    private static double[] O((double Value, int Direction) values) => [values.Value, values.Direction];

    private static double[] O(PivotLevels levels) => Enumerable.Range(0, PivotLevels.Count).Select(i => levels[i]).ToArray();

    /// <summary>One bar's values. <see cref="Discarded"/> marks the runs that are rolled back.</summary>
    private readonly record struct Bar(
        int Index, long Time, double Open, double High, double Low, double Close, double Volume, double PreviousClose,
        double Other, bool Condition, bool Discarded);

    private abstract class Case(string name, Type stateType, bool restorable)
    {
        public string Name { get; } = name;

        public Type StateType { get; } = stateType;

        public bool Restorable { get; } = restorable;

        public abstract void CheckRestore(Bar[] bars, Bar[] discarded, Bar[] other, int prefix, int discardedCount, bool dirtyTarget);

        public abstract void CheckRollbackOnEveryBar(Bar[] bars, Bar[] discarded, int reruns);

        public abstract void CheckIndependence(Bar[] bars, Bar[] other, int prefix);

        public abstract void CheckDeepCopy(Bar[] bars, Bar[] other, int prefix);

        public abstract long AllocatedBySaveAndRestore(Bar[] bars);
    }

    private sealed class Case<TState>(string name, Step<TState> step, Copy<TState> copy, bool restorable)
        : Case(name, typeof(TState), restorable)
        where TState : struct
    {
        public override void CheckRestore(Bar[] bars, Bar[] discarded, Bar[] other, int prefix, int discardedCount, bool dirtyTarget)
        {
            double[][] expected = Reference(bars, prefix);

            TState state = Fed(bars, 0, prefix);
            // A dirty target has buffers of its own (the same call site's sizes) holding other values.
            TState saved = dirtyTarget ? Fed(other, 0, 9) : default;
            copy(ref state, ref saved);
            for (int i = prefix; i < prefix + discardedCount; i++)
            {
                step(ref state, discarded[i]);
            }

            copy(ref saved, ref state);
            string context = $"{Name}: prefix {prefix}, {discardedCount} discarded bar(s), {(dirtyTarget ? "dirty" : "fresh")} target";
            AssertContinues(expected, ref state, bars, prefix, context);
        }

        public override void CheckRollbackOnEveryBar(Bar[] bars, Bar[] discarded, int reruns)
        {
            double[][] expected = Reference(bars, 0);
            TState state = default;
            TState saved = default;
            for (int i = 0; i < bars.Length; i++)
            {
                copy(ref state, ref saved);
                for (int run = 0; run < reruns; run++)
                {
                    step(ref state, discarded[i]);
                    copy(ref saved, ref state);
                }

                AssertSame(expected[i], step(ref state, bars[i]), $"{Name}: bar {i}, rolled back {reruns} times before its final run");
            }
        }

        public override void CheckIndependence(Bar[] bars, Bar[] other, int prefix)
        {
            double[][] expected = Reference(bars, prefix);

            // The source moves on after the copy: the copy must not see it.
            TState source = Fed(bars, 0, prefix);
            TState copied = default;
            copy(ref source, ref copied);
            for (int i = prefix; i < bars.Length; i++)
            {
                step(ref source, other[i]);
            }

            AssertContinues(expected, ref copied, bars, prefix, $"{Name}: the copy after its source moved on, prefix {prefix}");

            // The copy moves on: the source must not see it.
            source = Fed(bars, 0, prefix);
            copied = Fed(other, 0, 9);
            copy(ref source, ref copied);
            for (int i = prefix; i < bars.Length; i++)
            {
                step(ref copied, other[i]);
            }

            AssertContinues(expected, ref source, bars, prefix, $"{Name}: the source after its copy moved on, prefix {prefix}");
        }

        public override void CheckDeepCopy(Bar[] bars, Bar[] other, int prefix)
        {
            TState source = Fed(bars, 0, prefix);
            TState fresh = default;
            copy(ref source, ref fresh);
            AssertDeepCopy(source, fresh, $"{Name} (prefix {prefix}, fresh target)");

            TState dirty = Fed(other, 0, 60);
            copy(ref source, ref dirty);
            AssertDeepCopy(source, dirty, $"{Name} (prefix {prefix}, dirty target)");
        }

        public override long AllocatedBySaveAndRestore(Bar[] bars)
        {
            TState state = Fed(bars, 0, 60);
            TState saved = default;
            copy(ref state, ref saved); // the first save sizes the target's buffers
            copy(ref saved, ref state);
            long least = long.MaxValue;
            for (int attempt = 0; attempt < 3; attempt++)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                for (int cycle = 0; cycle < 10; cycle++)
                {
                    copy(ref state, ref saved);
                    copy(ref saved, ref state);
                }

                least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
            }

            return least;
        }

        /// <summary>What a state that never saw a discarded bar returns on every bar from <paramref name="from"/> on.</summary>
        private double[][] Reference(Bar[] bars, int from)
        {
            TState state = Fed(bars, 0, from);
            var outputs = new double[bars.Length][];
            for (int i = from; i < bars.Length; i++)
            {
                outputs[i] = step(ref state, bars[i]);
            }

            return outputs;
        }

        private TState Fed(Bar[] bars, int from, int to)
        {
            TState state = default;
            for (int i = from; i < to; i++)
            {
                step(ref state, bars[i]);
            }

            return state;
        }

        private void AssertContinues(double[][] expected, ref TState state, Bar[] bars, int from, string context)
        {
            for (int i = from; i < Math.Min(bars.Length, from + Continuation); i++)
            {
                AssertSame(expected[i], step(ref state, bars[i]), $"{context}, bar {i}");
            }
        }
    }

    private static void AssertSame(double[] expected, double[] actual, string context)
    {
        bool same = expected.Length == actual.Length
            && expected.Zip(actual).All(p => BitConverter.DoubleToInt64Bits(p.First) == BitConverter.DoubleToInt64Bits(p.Second));
        Assert.True(same, $"{context}: expected ({string.Join(", ", expected.Select(v => v.ToString("R")))}), got ({string.Join(", ", actual.Select(v => v.ToString("R")))}).");
    }

    /// <summary>
    /// Every field of <paramref name="target"/>, nested structs and array elements included, equals
    /// <paramref name="source"/>'s bit for bit, and no array is the source's own.
    /// </summary>
    private static void AssertDeepCopy(object source, object target, string path)
    {
        Type type = source.GetType();
        if (type.IsArray)
        {
            var sourceArray = (Array)source;
            var targetArray = (Array)target;
            Assert.False(ReferenceEquals(source, target), $"{path}: the copy shares the source's array.");
            Assert.True(sourceArray.Length == targetArray.Length, $"{path}: length {targetArray.Length}, expected {sourceArray.Length}.");
            for (int i = 0; i < sourceArray.Length; i++)
            {
                AssertDeepCopy(sourceArray.GetValue(i)!, targetArray.GetValue(i)!, $"{path}[{i}]");
            }

            return;
        }

        if (type == typeof(double))
        {
            Assert.True(
                BitConverter.DoubleToInt64Bits((double)source) == BitConverter.DoubleToInt64Bits((double)target),
                $"{path}: {(double)target:R}, expected {(double)source:R}.");
            return;
        }

        if (type.IsPrimitive || type.IsEnum)
        {
            Assert.True(source.Equals(target), $"{path}: {target}, expected {source}.");
            return;
        }

        Assert.True(type.IsValueType, $"{path}: a {type.Name} is neither a struct nor an array (the walk does not know it).");
        foreach (FieldInfo field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            object? sourceValue = field.GetValue(source);
            object? targetValue = field.GetValue(target);
            if (sourceValue is null || targetValue is null)
            {
                Assert.True(sourceValue is null && targetValue is null, $"{path}.{field.Name}: {(sourceValue is null ? "null in the source only" : "null in the copy only")}.");
                continue;
            }

            AssertDeepCopy(sourceValue, targetValue, $"{path}.{field.Name}");
        }
    }
}
