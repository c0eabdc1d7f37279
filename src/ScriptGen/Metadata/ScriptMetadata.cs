namespace ScriptGen;

/// <summary>
/// What ScriptGen knows about a script at compile time. The generator emits one static instance per
/// script (<c>MyScript.Metadata</c>); the runtime, the CLI and sweeps read it instead of reflecting.
/// </summary>
/// <param name="Title">The script's title (first argument of <see cref="StrategyAttribute"/> / <see cref="IndicatorAttribute"/>).</param>
/// <param name="Kind">Indicator or strategy.</param>
/// <param name="TypeName">The script class's full name, e.g. <c>Samples.EmaCross</c>.</param>
/// <param name="Inputs">The inputs, in declaration order (members first, then <c>input.*</c> calls in <c>Setup()</c>).</param>
/// <param name="Plots">The <c>chart.Plot</c> call sites, in source order (the other drawing calls are in <see cref="Shapes"/>, <see cref="Candles"/>, <see cref="HLines"/>, <see cref="Fills"/> and <see cref="BarColors"/>).</param>
public sealed record ScriptMetadata(
    string Title,
    ScriptKind Kind,
    string TypeName,
    IReadOnlyList<InputMetadata> Inputs,
    IReadOnlyList<PlotMetadata> Plots)
{
    /// <summary>Whether the script draws on the price chart (Pine's <c>overlay</c>) rather than in its own pane.</summary>
    public bool Overlay { get; init; }

    /// <summary>
    /// How many bars of history each <see cref="Series{T}"/> of the script keeps (Pine's
    /// <c>max_bars_back</c>); reading further back throws <see cref="ScriptRuntimeException"/>. Default 5000.
    /// </summary>
    public int MaxBarsBack { get; init; } = 5000;

    /// <summary>The <c>chart.PlotShape</c> and <c>chart.PlotChar</c> call sites, in source order.</summary>
    public IReadOnlyList<ShapeMetadata> Shapes { get; init; } = [];

    /// <summary>The <c>chart.PlotCandle</c> and <c>chart.PlotBar</c> call sites, in source order.</summary>
    public IReadOnlyList<CandleMetadata> Candles { get; init; } = [];

    /// <summary>The <c>chart.HLine</c> call sites, in source order.</summary>
    public IReadOnlyList<HLineMetadata> HLines { get; init; } = [];

    /// <summary>The <c>chart.Fill</c> call sites, in source order.</summary>
    public IReadOnlyList<FillMetadata> Fills { get; init; } = [];

    /// <summary>The <c>chart.BarColor</c> and <c>chart.BgColor</c> call sites, in source order.</summary>
    public IReadOnlyList<BarColorMetadata> BarColors { get; init; } = [];

    /// <summary>The full type names of the indicators the script imports (<c>Import(...)</c> in <c>Setup()</c>), in source order.</summary>
    public IReadOnlyList<string> Imports { get; init; } = [];

    /// <summary>
    /// The name (no directory) of the file that declares the script, as its compilation named it: where a failure's line is
    /// looked for on the stack (<see cref="ScriptRuntimeException.SourceLine"/>); <c>null</c> when unknown.
    /// </summary>
    public string? SourceFile { get; init; }

    /// <summary>The declared trading settings; <c>null</c> for indicators.</summary>
    public StrategySettings? Strategy { get; init; }

    /// <summary>The simple class name, e.g. <c>EmaCross</c>.</summary>
    public string Name => TypeName[(TypeName.LastIndexOf('.') + 1)..];

    /// <summary>
    /// Whether <paramref name="name"/> names this script: its class name (<c>EmaCross</c>), full type name
    /// (<c>Samples.EmaCross</c>) or title (<c>EMA Cross</c>), ignoring case. How catalogs find scripts.
    /// </summary>
    public bool IsNamed(string name) =>
        string.Equals(Name, name, StringComparison.OrdinalIgnoreCase) ||
        string.Equals(TypeName, name, StringComparison.OrdinalIgnoreCase) ||
        string.Equals(Title, name, StringComparison.OrdinalIgnoreCase);

    /// <summary>Finds an input by name (ordinal, case-sensitive), or <c>null</c>.</summary>
    public InputMetadata? FindInput(string name)
    {
        foreach (InputMetadata input in Inputs)
        {
            if (string.Equals(input.Name, name, StringComparison.Ordinal))
            {
                return input;
            }
        }

        return null;
    }
}
