namespace ScriptGen.Parquet.Tests;

/// <summary>The bundled TradingView export (tests/data/tradingview, origin in its README) and a temporary folder per test class.</summary>
internal static class TestFiles
{
    public static string Ohlcv => Path.Combine(AppContext.BaseDirectory, "data", "tradingview", "strategy", "ohlcv.csv");
}

/// <summary>A temporary folder deleted when the test class is done.</summary>
public abstract class TempFolderTest : IDisposable
{
    protected string Folder { get; } = Directory.CreateTempSubdirectory("scriptgen-parquet").FullName;

    protected string PathOf(string name) => Path.Combine(Folder, name);

    public void Dispose()
    {
        Directory.Delete(Folder, recursive: true);
        GC.SuppressFinalize(this);
    }
}
