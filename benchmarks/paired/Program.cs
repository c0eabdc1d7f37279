using System.Diagnostics;
using System.Reflection;

// Times one benchmark method of ScriptGen.Benchmarks in this process, the way benchmarks/paired-ab.sh compares two trees:
//   Paired <Class> <Method> [Property=value ...]
// e.g. Paired BrokerBenchmarks Broker OrderEvery=10. Runs the class's [GlobalSetup] methods for the method (its checks
// included), 10 warm-up calls, then 7 batches of 10 timed calls; prints the median and the fastest batch, ms per call, and
// what one more call allocated and how many collections of each generation it caused. For a method that takes seconds
// (a sweep), PAIRED_WARMUPS, PAIRED_BATCHES and PAIRED_CALLS (per batch) change the counts, e.g. 1, 3 and 1.
// Reflection finds the class and its setup by name, so the harness builds against trees older than itself.
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Paired <BenchmarkClass> <Method> [Property=value ...]   (e.g. BrokerBenchmarks Broker OrderEvery=10)");
    return 2;
}

// A public type every tree since the broker benchmarks has (its internals are not visible here).
Assembly benchmarks = typeof(ScriptGen.Benchmarks.Broker.BrokerBenchmarks).Assembly;
Type[] matches = benchmarks.GetTypes().Where(t => t.Name == args[0]).ToArray();
if (matches.Length != 1)
{
    Console.Error.WriteLine($"{matches.Length} benchmark classes named '{args[0]}' in {benchmarks.GetName().Name}.");
    return 2;
}

Type type = matches[0];
object instance = Activator.CreateInstance(type)!;
foreach (string assignment in args.Skip(2))
{
    string[] parts = assignment.Split('=', 2);
    PropertyInfo property = type.GetProperty(parts[0]) ?? throw new ArgumentException($"{type.Name} has no property '{parts[0]}'.");
    property.SetValue(instance, Convert.ChangeType(parts[1], property.PropertyType, System.Globalization.CultureInfo.InvariantCulture));
}

MethodInfo method = type.GetMethod(args[1], Type.EmptyTypes) ?? throw new ArgumentException($"{type.Name} has no method '{args[1]}()'.");
foreach (MethodInfo setup in type.GetMethods())
{
    Attribute? attribute = setup.GetCustomAttributes().FirstOrDefault(a => a.GetType().Name == "GlobalSetupAttribute");
    // BenchmarkDotNet's Targets: the methods a setup is for (empty: all of them).
    string[] targets = (string[]?)attribute?.GetType().GetProperty("Targets")?.GetValue(attribute) ?? [];
    if (attribute is not null && (targets.Length == 0 || targets.Contains(method.Name)))
    {
        setup.Invoke(instance, null);
    }
}

// A bound delegate where the result is a reference (no reflection per call); a struct result is boxed by Invoke, which is
// nanoseconds against the milliseconds a benchmark call takes.
Func<object?> call = method.ReturnType.IsValueType || method.ReturnType == typeof(void)
    ? () => method.Invoke(instance, null)
    : (Func<object?>)Delegate.CreateDelegate(typeof(Func<object?>), instance, method);
int warmups = Count("PAIRED_WARMUPS", 10), calls = Count("PAIRED_CALLS", 10);
for (int i = 0; i < warmups; i++)
{
    call();
}

var batches = new double[Count("PAIRED_BATCHES", 7)];
for (int batch = 0; batch < batches.Length; batch++)
{
    var clock = Stopwatch.StartNew();
    for (int i = 0; i < calls; i++)
    {
        call();
    }

    batches[batch] = clock.Elapsed.TotalMilliseconds / calls;
}

long allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
int[] collectionsBefore = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
call();
double allocatedMegabytes = (GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / 1e6;
string collections = string.Join(' ', Enumerable.Range(0, 3).Select(g => $"gen{g} {GC.CollectionCount(g) - collectionsBefore[g]}"));

Array.Sort(batches);
Console.WriteLine(FormattableString.Invariant(
    $"{type.Name}.{method.Name} {string.Join(' ', args.Skip(2))} median {batches[batches.Length / 2]:F2} min {batches[0]:F2} allocated {allocatedMegabytes:F1} MB {collections}"));
return 0;

static int Count(string variable, int fallback) =>
    int.TryParse(Environment.GetEnvironmentVariable(variable), out int count) && count > 0 ? count : fallback;
