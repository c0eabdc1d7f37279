namespace ScriptGen;

/// <summary>Which price a <see cref="PriceSeries"/> reads: a column, or Pine's derived sources.</summary>
public enum PriceSource
{
    /// <summary><c>open</c></summary>
    Open,
    /// <summary><c>high</c></summary>
    High,
    /// <summary><c>low</c></summary>
    Low,
    /// <summary><c>close</c></summary>
    Close,
    /// <summary><c>volume</c> (na when the bars have none)</summary>
    Volume,
    /// <summary><c>hl2</c> = (high + low) / 2</summary>
    Hl2,
    /// <summary><c>hlc3</c> = (high + low + close) / 3</summary>
    Hlc3,
    /// <summary><c>ohlc4</c> = (open + high + low + close) / 4</summary>
    Ohlc4,
    /// <summary><c>hlcc4</c> = (high + low + 2 * close) / 4</summary>
    Hlcc4,
}
