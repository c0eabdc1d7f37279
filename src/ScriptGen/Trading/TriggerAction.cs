namespace ScriptGen.Trading;

/// <summary>What happens when the path reaches an order's level.</summary>
internal enum TriggerAction
{
    /// <summary>The order fills.</summary>
    Fill,

    /// <summary>A stop-limit's stop traded: from here on it is a limit order.</summary>
    ArmStopLimit,

    /// <summary>A trailing stop's activation level traded: from here on the stop trails the best price.</summary>
    ArmTrailing,
}
