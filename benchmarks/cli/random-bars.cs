#:project ../../src/ScriptGen/ScriptGen.csproj
// Writes COUNT one-minute bars of a seeded random walk on a 0.00001 tick grid to an Arrow file, for timing the
// tool and the HTML report at sizes the bundled data does not reach (benchmarks/cli-times.sh).
// Usage: dotnet run benchmarks/cli/random-bars.cs -- COUNT FILE.arrow
using ScriptGen;

int count = int.Parse(args[0]);
var random = new Random(24);
var time = new long[count];
var open = new double[count];
var high = new double[count];
var low = new double[count];
var close = new double[count];
long start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds();
long ticks = 110_000;
for (int i = 0; i < count; i++)
{
    long o = ticks;
    long c = Math.Max(50_000, o + random.Next(-25, 26));
    long h = Math.Max(o, c) + random.Next(0, 12);
    long l = Math.Min(o, c) - random.Next(0, 12);
    time[i] = start + i * 60_000L;
    (open[i], high[i], low[i], close[i]) = (o / 100_000.0, h / 100_000.0, l / 100_000.0, c / 100_000.0);
    ticks = c;
}

BarArrow.Write(Bars.FromArrays(time, open, high, low, close), args[1]);
Console.WriteLine($"{count:N0} bars written to {args[1]}");
