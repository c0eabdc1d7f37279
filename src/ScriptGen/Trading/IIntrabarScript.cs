namespace ScriptGen.Trading;

/// <summary>
/// The script as the broker sees it when <c>calc_on_order_fills</c> is on: something to run again,
/// mid-bar, after a fill.
/// </summary>
internal interface IIntrabarScript
{
    /// <summary>
    /// Runs the script body on the current bar once more, from the bar's starting state (every
    /// variable and call-site state rolled back), with the broker standing at the fill's tick.
    /// </summary>
    void RunAfterFill();
}
