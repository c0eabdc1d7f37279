namespace ScriptGen.Namespaces;

/// <summary>
/// A script's view of Pine's <c>session</c>: where the current bar stands in the symbol's session
/// (<see cref="SymbolInfo.Session"/>, and its <see cref="SymbolInfo.PreMarket"/> and <see cref="SymbolInfo.PostMarket"/>
/// when set). Plain reads: callable anywhere, no state per call site.
/// </summary>
/// <remarks>
/// A bar is in a session when its open time is; it is the first bar of a trading day when it contains
/// the day's opening, the last when it contains the day's close, which is what TradingView reports
/// whether or not the bars before and after exist (a holiday's missing bars change nothing).
/// </remarks>
public readonly struct PineSession
{
    /// <summary>Pine's <c>session.regular</c>: regular hours only.</summary>
    public const string Regular = "regular";

    /// <summary>Pine's <c>session.extended</c>: with pre- and post-market hours.</summary>
    public const string Extended = "extended";

    private readonly Script _owner;

    internal PineSession(Script owner) => _owner = owner;

    /// <summary>The bar opens in the regular session. Pine: <c>session.ismarket</c>.</summary>
    public bool IsMarket => _owner.SymbolSchedule.TryFindRegular(_owner.ReadTime(0), out _);

    /// <summary>The bar opens in the pre-market session (<see cref="SymbolInfo.PreMarket"/>; false without one). Pine: <c>session.ispremarket</c>.</summary>
    public bool IsPreMarket => !IsMarket && _owner.SymbolSchedule.IsIn(_owner.SymbolSchedule.PreMarket, _owner.ReadTime(0));

    /// <summary>The bar opens in the post-market session (<see cref="SymbolInfo.PostMarket"/>; false without one). Pine: <c>session.ispostmarket</c>.</summary>
    public bool IsPostMarket => !IsMarket && _owner.SymbolSchedule.IsIn(_owner.SymbolSchedule.PostMarket, _owner.ReadTime(0));

    /// <summary>The first bar of the trading day: of the pre-market when the symbol has one, else of the regular session. Pine: <c>session.isfirstbar</c>.</summary>
    public bool IsFirstBar => _owner.IsSessionFirstBar(regular: false);

    /// <summary>The first bar of the day's regular session. Pine: <c>session.isfirstbar_regular</c>.</summary>
    public bool IsFirstBarRegular => _owner.IsSessionFirstBar(regular: true);

    /// <summary>The last bar of the trading day: of the post-market when the symbol has one, else of the regular session. Pine: <c>session.islastbar</c>.</summary>
    public bool IsLastBar => _owner.IsSessionLastBar(regular: false);

    /// <summary>The last bar of the day's regular session. Pine: <c>session.islastbar_regular</c>.</summary>
    public bool IsLastBarRegular => _owner.IsSessionLastBar(regular: true);
}
