namespace ScriptGen;

/// <summary>What happens to the other orders of an OCA group when one of them fills: Pine's <c>strategy.oca.*</c>.</summary>
public enum OcaType
{
    /// <summary>The order belongs to no group. Pine's <c>strategy.oca.none</c>.</summary>
    None,

    /// <summary>The other orders of the group are cancelled. Pine's <c>strategy.oca.cancel</c>.</summary>
    Cancel,

    /// <summary>The other orders of the group shrink by the filled quantity, and are cancelled at zero. Pine's <c>strategy.oca.reduce</c>.</summary>
    Reduce,
}
