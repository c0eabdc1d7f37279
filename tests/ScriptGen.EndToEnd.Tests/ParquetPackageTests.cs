namespace ScriptGen.EndToEnd.Tests;

/// <summary>
/// The ScriptGen.Parquet package as a user gets it: a fresh console project that references only
/// ScriptGen.Parquet still gets the runtime's generator and build logic through it, compiles a
/// script, and round-trips bars and trades through Parquet files.
/// </summary>
public sealed class ParquetPackageTests
{
    private readonly ReadmeFeed feed = ReadmeFeed.Shared;

    [Fact]
    public void A_project_referencing_only_ScriptGen_Parquet_gets_the_generator_and_reads_back_its_files()
    {
        feed.RequireSuccess();
        using TempFolder work = Repository.NewTempFolder("parquet-package");
        string version = feed.Version;
        string app = work.Combine("app");
        Directory.CreateDirectory(app);
        File.WriteAllText(Path.Combine(app, "nuget.config"), feed.NugetConfig(app));
        File.WriteAllText(Path.Combine(app, "App.csproj"), ConsoleProject(version));
        File.WriteAllText(Path.Combine(app, "Program.cs"), Program);

        ProcessRunner.Dotnet(app, "build", "-nodeReuse:false", "-warnaserror");
        string output = ProcessRunner.Dotnet(app, "run", "--no-build");

        // Closes 1,2,3,2,1,2,3, each bar opening at the previous close. A rise at bar 1 buys at bar 2's open (2);
        // the fall at bar 3 reverses short at bar 4's open (2): trade 1. The rise at bar 5 reverses long at
        // bar 6's open (2): trade 2. The long is still open after bar 6. Three rows read back.
        Assert.Equal("bars=7 close[6]=3 closed=2 open=1 first=2->2 rows=3", output.Trim());
    }

    private static string ConsoleProject(string version) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <ImplicitUsings>enable</ImplicitUsings>
            <RestorePackagesPath>packages</RestorePackagesPath>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="ScriptGen.Parquet" Version="{version}" />
          </ItemGroup>
        </Project>
        """;

    private const string Program = """
        using ScriptGen;

        double[] closes = [1, 2, 3, 2, 1, 2, 3];
        long[] times = closes.Select((_, i) => 1_700_000_000_000L + i * 60_000L).ToArray();
        double[] opens = closes.Select((c, i) => i == 0 ? c : closes[i - 1]).ToArray();
        BarParquet.Write(Bars.FromArrays(times, opens, closes.Zip(opens, Math.Max).ToArray(), closes.Zip(opens, Math.Min).ToArray(), closes), "bars.parquet");

        Bars bars = BarParquet.Read("bars.parquet");
        StrategyResult result = new RuntimeEnvironment().RunStrategy<Flip>(bars);
        ResultParquet.WriteTrades(result, "trades.parquet");
        var trades = ResultParquet.Read("trades.parquet");
        Trade first = result.ClosedTrades[0];
        Console.WriteLine($"bars={bars.Count} close[6]={bars.Close[6]} closed={result.ClosedTrades.Count} open={result.OpenTrades.Count} first={first.EntryPrice}->{first.ExitPrice} rows={trades.Rows.Count}");

        [Strategy("Flip")]
        public partial class Flip
        {
            protected override void Process()
            {
                if (close > close[1]) strategy.Entry("Long", Direction.Long);
                if (close < close[1]) strategy.Entry("Short", Direction.Short);
            }
        }
        """;
}
