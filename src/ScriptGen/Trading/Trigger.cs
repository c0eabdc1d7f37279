namespace ScriptGen.Trading;

/// <summary>Where and how an order triggers on the part of the path being walked.</summary>
/// <param name="Level">The price at which the path reaches it (the current price when it is already through).</param>
/// <param name="FillPrice">The price it fills at, before slippage.</param>
/// <param name="Leg">Which of its levels triggered.</param>
/// <param name="Action">Fill, or arm a stop-limit / trailing stop.</param>
internal readonly record struct Trigger(double Level, double FillPrice, OrderLeg Leg, TriggerAction Action);
