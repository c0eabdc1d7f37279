namespace ScriptGen.Scripting.Tests.Untrusted;

/// <summary>
/// Scripts an untrusted author may write: each is refused nothing, compiles, and still compiles after
/// the instrumentation with every token on its line. Together they use every construct the
/// instrumentation rewrites, in the layouts that stress it (bodies on the next line, comments, several
/// statements on one line).
/// </summary>
internal static class AllowedSnippets
{
    public static readonly Dictionary<string, string> All = new()
    {
        ["script surface"] = """
            using System.Globalization;
            using ScriptGen;
            using ScriptGen.Namespaces;
            using ScriptGen.Ta;

            namespace MyScripts;

            [Strategy("Surface", Overlay = true, InitialCapital = 10_000)]
            public partial class Surface
            {
                [Input("Length", MinValue = 1)] public int Length { get; init; } = 14;
                [Varip] private int _fills;
                private readonly Series<double> _spread = new();
                private int _threshold;

                protected override void Setup()
                {
                    _threshold = input.Int(3, "Threshold", minValue: 1);
                }

                protected override void Process()
                {
                    double fast = ta.Ema(close, Length);
                    var (middle, upper, lower) = ta.Bb(close, 20, 2);
                    _spread.Value = upper - lower;
                    double previous = _spread[1];
                    if (!na(previous) && ta.Crossover(fast, middle) && bar_index > _threshold)
                    {
                        strategy.Entry("Long", Direction.Long, qty: 1, comment: "up " + hour[0]);
                    }

                    if (strategy.PositionSize > 0 && strategy.OpenTrades.Count > 0 && strategy.OpenTrades[0].Profit < -100)
                    {
                        strategy.Close("Long");
                    }

                    foreach (Trade trade in strategy.ClosedTrades)
                    {
                        _fills += trade.Quantity > 0 ? 1 : 0;
                    }

                    Color shade = color.New(color.Teal, 50);
                    chart.Plot(fast, "Fast", shade);
                    chart.Plot(math.Max(nz(lower), 0, math.Abs(upper)), "Bound", color.Rgb(10, 20, 30));
                    string title = GetMetadata().Title + syminfo.Ticker + syminfo.MinTick.ToString(CultureInfo.InvariantCulture);
                    long span = timeframe.IsIntraday && !barstate.IsLast ? timeframe.InSeconds("D") : timeframe.InSeconds();
                    Timeframe parsed = Timeframe.Parse(timeframe.Period);
                    title += parsed.Unit == TimeframeUnit.Minutes ? timeframe.FromSeconds(span) : parsed.Period;
                    var state = new SmaState();
                    double smoothed = TaNamespace.Default.Sma(ref state, close, 3);
                    long opened = time[0];
                    int weekday = dayofweek;
                    string label = str.Format("{0} at {1,number,#.##}", str.Upper(syminfo.Ticker), close) + str.ToString(close, format.MinTick);
                    Alert(label, AlertFrequency.OncePerBarClose);
                    string[] words = str.Split(str.FormatTime(time, "yyyy-MM-dd HH:mm"), " ");
                    title += str.Contains(label, "at") && !na(str.ToNumber(words[0])) ? str.Replace(label, "at", "@") : str.Trim(label);
                }
            }
            """,

        ["framework surface"] = """
            using System.Globalization;
            using System.Text;

            namespace MyScripts;

            [Indicator("Framework")]
            public partial class Framework
            {
                private readonly List<double> _values = [];
                private readonly Dictionary<string, int> _counts = new() { ["a"] = 1 };
                private readonly Random _random = new(42);

                protected override void Process()
                {
                    _values.Add(close);
                    double mean = _values.Where(v => !double.IsNaN(v)).Select(v => v * 2).DefaultIfEmpty().Average();
                    var ordered = from v in _values where v > 0 orderby v descending select Math.Round(v, 2);
                    var groups = _values.GroupBy(v => Math.Sign(v)).ToDictionary(g => g.Key, g => g.Count());
                    var builder = new StringBuilder();
                    builder.Append(mean.ToString("F2", CultureInfo.InvariantCulture)).Append($"{mean:F1}");
                    string text = string.Join(",", ordered.Take(3)) + builder.ToString().PadLeft(3) + FormattableString.Invariant($"{mean:F3}");
                    double parsed = double.Parse("1.5", CultureInfo.InvariantCulture) + int.Parse("2") + Convert.ToDouble("3", CultureInfo.InvariantCulture);
                    var set = new HashSet<int> { 1, 2 };
                    var queue = new Queue<double>();
                    queue.Enqueue(1);
                    var stack = new Stack<int>(set);
                    var sorted = new SortedDictionary<int, string> { [2] = "b" };
                    var linked = new LinkedList<int>();
                    linked.AddLast(1);
                    var priority = new PriorityQueue<string, int>();
                    priority.Enqueue("x", 1);
                    double[] window = new double[Math.Min(_values.Count, 10)];
                    Array.Sort(window);
                    Span<double> span = window.AsSpan();
                    ReadOnlySpan<char> chars = text.AsSpan();
                    (int count, double total) pair = (1, 2.0);
                    var (first, second) = pair;
                    int? maybe = _counts.TryGetValue("a", out int found) ? found : null;
                    var moment = DateTimeOffset.FromUnixTimeMilliseconds(time).UtcDateTime;
                    TimeSpan elapsed = moment - new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
                    bool weekend = moment.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
                    int roll = _random.Next(6);
                    Direction[] directions = Enum.GetValues<Direction>();
                    string name = nameof(System.IO.File);
                    double hyp = MathF.Sqrt(2) + Math.Clamp(mean, 0, 1) + BitConverter.DoubleToInt64Bits(1.0);
                    int hash = HashCode.Combine(first, second);
                    try
                    {
                        throw new InvalidOperationException("no");
                    }
                    catch (InvalidOperationException failure) when (failure.Message.Length > 0)
                    {
                        text = failure.Message;
                    }
                    catch (FormatException)
                    {
                    }
                    finally
                    {
                        _counts["a"]++;
                    }

                    chart.Plot(mean + parsed + pair.total + roll + hash + first + second, "Mean");
                }
            }
            """,

        ["own types"] = """
            namespace MyScripts;

            [Indicator("Own types")]
            public partial class OwnTypes
            {
                private readonly Ring _ring = new(8);

                protected override void Process()
                {
                    _ring.Push(close);
                    Level level = close > open ? Level.High : Level.Low;
                    var point = new Point(1, 2) + new Point(3, 4);
                    double length = point;
                    IShape shape = new Square { Side = 2 };
                    chart.Plot(_ring.Sum() + length + shape.Area + (int)level, "Sum");
                }
            }

            public enum Level { Low, High }

            public sealed class Dice(int seed) : Random(seed) { }

            public sealed class SeededDice : Random
            {
                public SeededDice() : base(7) { }
            }

            public interface IShape { double Area { get; } }

            public sealed class Square : IShape, IEquatable<Square>
            {
                public double Side { get; init; }
                public double Area => Side * Side;
                public bool Equals(Square? other) => other is not null && other.Side == Side;
                public override bool Equals(object? obj) => Equals(obj as Square);
                public override int GetHashCode() => Side.GetHashCode();
            }

            public readonly struct Point(double x, double y)
            {
                public double X { get; } = x;
                public double Y => y;
                public static Point operator +(Point a, Point b) => new(a.X + b.X, a.Y + b.Y);
                public static implicit operator double(Point p) => Math.Sqrt(p.X * p.X + p.Y * p.Y);
            }

            public sealed class Ring(int capacity) : IEnumerable<double>
            {
                private readonly double[] _items = new double[capacity];
                private int _next;

                public void Push(double value) { _items[_next++ % _items.Length] = value; }

                public double this[int index] => _items[index % _items.Length];

                public IEnumerator<double> GetEnumerator()
                {
                    for (int i = 0; i < _items.Length; i++) yield return _items[i];
                }

                System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
            }
            """,

        ["instrumented constructs"] = """
            namespace MyScripts;

            [Indicator("Constructs")]
            public partial class Constructs
            {
                private static readonly Func<int, int> Twice = x => x * 2;
                private readonly Action<List<int>> _fill = list => list.Add(1);
                private readonly Series<int> _size = new();
                private int _field;
                private event Action? Changed;

                static Constructs() { }

                public Constructs() : this(0) { }

                private Constructs(int seed) => _field = seed;

                public int Property => _field + 1;

                public int Both { get => _field; set => _field = value; }

                public int this[int i] =>
                    i * 2;

                public ref int Slot => ref _field;

                protected override void Process()
                {
                    int total = 0;
                    for (int i = 0; i < 3; i++) total += i;
                    for (int i = 0; i < 3; i++)
                        total += i;
                    while (total < 10) total++;
                    do total--; while (total > 5);
                    do { total++; } while (total < 7);
                    foreach (var (key, value) in new Dictionary<int, int> { [1] = 2 }) total += key + value;
                    foreach (int item in Items()) { total += item; }
                    int n = 0;
                again: n++;
                    if (n < 3) goto again;
                    switch (n)
                    {
                        case 3: goto case 4;
                        case 4:
                            total++;
                            break;
                        default: goto case 3;
                    }

                    Func<int> value2 = () => total;
                    Action log = () => total++;
                    Func<int, int> thrower = x => throw new ArgumentException("x");
                    Func<int> anonymous = delegate { return 1; };
                    Func<int, int, int> add = (a, b) =>
                        a + b;
                    Action<int> ignore = static _ => { };
                    int Local(int x) => x + 1;
                    void Bump() => total++;
                    Bump();
                    _size.Value = 4;
                    double[] a1 = new double[_size];
                    double[,] a2 = new double[2, n];
                    int[][] jagged = new int[n][];
                    char[] letters = new char['c'];
                    long big = 3;
                    byte[] bytes = new byte[big];
                    int[] fixedSize = new int[] { 1, 2, 3 };
                    int[] literal = new int[4];
                    Func<Func<int>> nested = () => () => n;
                    List<int>? maybeList = null;
                    Action clear = () => maybeList?.Clear();
                    Action discard = () => new object();
                    Func<object> make = () => new object();
                    Func<int, int> assignReturns = x => x = 5;
                    Action<int> assignDiscards = x => total = x;
                    Func<int, double[]> sized = k => new double[k + 1];
                    int[] fromLambdaSize = new int[nested()() + 1];
                    Func<int, int> pick = k => k switch { 0 => 1, _ => new int[k].Length };
                    total += nested()() + make().GetHashCode() % 2 + assignReturns(1) + sized(2).Length + fromLambdaSize.Length + pick(3);
                    clear();
                    discard();
                    assignDiscards(1);
                    Changed += Bump;
                    Changed?.Invoke();
                    total += Local(Twice(value2())) + add(1, 2) + anonymous() + this[1] + Property + Both + Slot;
                    _fill(new List<int>());
                    log();
                    chart.Plot(total + a1.Length + a2.Length + jagged.Length + letters.Length + bytes.Length + fixedSize.Length + literal.Length, "Total");
                }

                private static IEnumerable<int> Items()
                {
                    yield return 1;
                    yield return 2;
                }

                private static int Recurse(int depth) => depth <= 0 ? 0 : 1 + Recurse(depth - 1);

                private static void Nothing() { }

                private static void Throws() => throw new InvalidOperationException();

                public static Constructs operator +(Constructs a, Constructs b) => a;

                public static explicit operator int(Constructs c) => c._field;
            }
            """,

        ["odd layouts"] = """
            namespace MyScripts;

            [Indicator("Layouts")]
            public partial class Layouts
            {
                private int _x;

                private int Next() // trailing comment after the signature
                    =>
                    // a comment line inside the expression body
                    _x + 1
                    ;

                private int Wide() { return 1; } private void Two() { _x++; } // two members on one line

                protected override void Process() { int a = 0; while (a < 2) /* inline */ a++; chart.Plot(a + Next() + Wide(), "A"); }

                private int Getter
                {
                    get
                    =>
                    _x;
                }

                private void Loops()
                {
                    while (_x < 0)
                        // comment before the embedded statement
                        _x++;
                    for (;;)
                    {
                        break;
                    }
                    foreach (var c in "ab") { }
                    while (false) ;
                    Func<int, int> f = x
                        =>
                        x
                        + 1;
                    label1: label2:
                    _x++;
                    if (_x < 0) goto label1;
                    if (_x < -1) goto label2;
                }
            }
            """,
    };
}
