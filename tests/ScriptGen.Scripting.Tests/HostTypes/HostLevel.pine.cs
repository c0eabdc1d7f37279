namespace ScriptGen.Scripting.Tests.HostTypes;

/// <summary>An indicator compiled into the host (this test project), with a public method untrusted text must not call.</summary>
[Indicator("Host level")]
public partial class HostLevel
{
    [Input("Length", MinValue = 1)] public int Length { get; init; } = 2;

    /// <summary>The level on the current bar, for importers.</summary>
    public Series<double> Value { get; } = new();

    /// <summary>Host code: an untrusted importer may read the indicator, not call into it.</summary>
    public static string MachineName() => Environment.MachineName;

    protected override void Process()
    {
        Value.Value = ta.Sma(close, Length);
        chart.Plot(Value.Value, "Level");
    }
}
