#:project ../../src/ScriptGen/ScriptGen.csproj
// Writes COUNT one-minute bars of a seeded random walk on a 0.00001 tick grid, for timing the tool, the HTML
// report and whole processes at sizes the bundled data does not reach (benchmarks/cli-times.sh,
// benchmarks/cold-path.sh). FILE.arrow gets an Arrow file of time, open, high, low, close; FILE.csv a CSV with
// those and a volume column (seeded on its own, so both files hold the same prices), times in ISO-8601 UTC.
// Usage: dotnet run benchmarks/cli/random-bars.cs -- COUNT FILE.arrow|FILE.csv
using System.Globalization;
using System.Text;
using ScriptGen;

int count = int.Parse(args[0], CultureInfo.InvariantCulture);
string path = args[1];
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

Bars bars = Bars.FromArrays(time, open, high, low, close);
if (Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase))
{
    var volumes = new Random(42);
    using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 16) { NewLine = "\n" };
    writer.WriteLine("time,open,high,low,close,volume");
    for (int i = 0; i < count; i++)
    {
        string when = DateTimeOffset.FromUnixTimeMilliseconds(time[i]).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{when},{open[i]:R},{high[i]:R},{low[i]:R},{close[i]:R},{volumes.Next(1, 1001)}"));
    }
}
else
{
    BarArrow.Write(bars, path);
}

Console.WriteLine($"{count:N0} bars written to {path}");
