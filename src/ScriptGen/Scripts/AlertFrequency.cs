namespace ScriptGen;

/// <summary>How often an <c>Alert(...)</c> call site may fire: Pine's <c>alert.freq_*</c> constants.</summary>
public enum AlertFrequency
{
    /// <summary>The first call of the call site on a bar fires; later calls on that bar do not. Pine: <c>alert.freq_once_per_bar</c> (the default).</summary>
    OncePerBar,

    /// <summary>Fires once per bar, and only from the bar's closing execution (never from a re-run after a fill). Pine: <c>alert.freq_once_per_bar_close</c>.</summary>
    OncePerBarClose,

    /// <summary>Every call fires. Pine: <c>alert.freq_all</c>.</summary>
    All,
}
