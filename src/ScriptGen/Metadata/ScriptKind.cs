namespace ScriptGen;

/// <summary>What a script is: Pine's <c>indicator()</c> or <c>strategy()</c>.</summary>
public enum ScriptKind
{
    /// <summary>Computes and plots values; places no orders.</summary>
    Indicator,

    /// <summary>Places orders through <c>strategy</c>; produces trades, equity and a performance summary.</summary>
    Strategy,
}
