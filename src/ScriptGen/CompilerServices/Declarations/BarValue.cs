namespace ScriptGen.CompilerServices.Declarations;

/// <summary>The bar values a Pine function reads without the script passing them.</summary>
internal enum BarValue
{
    /// <summary>The bar's open.</summary>
    Open,

    /// <summary>The bar's high.</summary>
    High,

    /// <summary>The bar's low.</summary>
    Low,

    /// <summary>The bar's close.</summary>
    Close,

    /// <summary>The bar's volume (na without volume data).</summary>
    Volume,

    /// <summary>(high + low) / 2.</summary>
    Hl2,

    /// <summary>(high + low + close) / 3.</summary>
    Hlc3,

    /// <summary>(open + high + low + close) / 4.</summary>
    Ohlc4,

    /// <summary>(high + low + 2 * close) / 4.</summary>
    Hlcc4,

    /// <summary>The previous bar's close (<c>close[1]</c>), na on the first bar.</summary>
    PreviousClose,

    /// <summary>The bar's open time, Unix milliseconds UTC (<see cref="long"/>).</summary>
    Time,

    /// <summary>The bar's index (<see cref="int"/>).</summary>
    BarIndex,

    /// <summary>The time zone of the run's symbol (<see cref="TimeZoneInfo"/>), for functions anchored to the exchange's day.</summary>
    ExchangeTimeZone,

    /// <summary>The symbol's sessions on the calendar (<see cref="SessionSchedule"/>), for functions anchored to its trading day.</summary>
    SymbolSession,
}
