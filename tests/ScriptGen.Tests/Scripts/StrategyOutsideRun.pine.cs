using ScriptGen;

namespace ScriptGen.Tests.Scripts;

/// <summary>A strategy whose own method reads <c>strategy</c> outside a run, as code calling into a script object might.</summary>
[Strategy("Strategy outside a run")]
public partial class StrategyOutsideRun
{
    /// <summary>The position, read from <c>strategy</c> whenever called.</summary>
    public double PositionNow() => strategy.PositionSize;

    protected override void Process()
    {
    }
}
