namespace ScriptGen.CompilerServices;

/// <summary>Failures of calls that only work where the generator gave them call-site state.</summary>
internal static class CallSites
{
    /// <summary>
    /// The exception a namespace facade throws when a call reaches it un-intercepted, which happens
    /// only when the call was not compiled by the ScriptGen generator.
    /// </summary>
    public static ScriptRuntimeException NotIntercepted(string function) => new(
        $"{function} ran without its call-site state: the call was not compiled by the ScriptGen generator. " +
        "Namespace calls that keep call-site state (ta, input, chart, math.Sum) must be written in a [Strategy] or [Indicator] script class, " +
        "on the script's own member (for example 'ta.Ema(close, 9)'), in a project that references the ScriptGen package.");
}
