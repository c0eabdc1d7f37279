namespace ScriptGen.Trading.Models;

/// <summary>
/// Decides what prices a bar is assumed to trade through, in order: the broker walks this path and
/// fills each pending order where the path first reaches it (a limit at its price or better, a stop
/// at its price or worse), so the path decides which of two orders fills first and at what price.
/// </summary>
/// <remarks>
/// The default, <see cref="TradingViewFillModel"/>, is TradingView's broker emulator's four-point
/// path. With the bar magnifier (<see cref="StrategySettings.UseBarMagnifier"/>) the broker asks the model
/// for the path of each lower-timeframe bar inside the bar instead (<see cref="FillBar"/> then holds that
/// bar's time and prices). Models are shared by runs that may be parallel: keep them stateless.
/// </remarks>
public interface IFillModel
{
    /// <summary>The most points <see cref="Path"/> ever writes (at least 2).</summary>
    int MaxPathLength { get; }

    /// <summary>
    /// Writes the bar's assumed price path into <paramref name="path"/>: first its open, last its close,
    /// every price in between on the way (between two consecutive points price moves monotonically,
    /// through every level). Returns the number of points written.
    /// </summary>
    int Path(in FillBar bar, Span<double> path);
}
