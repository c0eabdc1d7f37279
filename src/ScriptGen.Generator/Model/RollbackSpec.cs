namespace ScriptGen.Generator.Model;

/// <summary>How a call-site state is saved and restored around <c>calc_on_order_fills</c> re-runs.</summary>
internal enum StateCopy
{
    /// <summary>No references inside: a struct assignment is a full copy.</summary>
    Assign,

    /// <summary>Owns arrays and implements <c>IRestorableState&lt;T&gt;</c>: <c>CopyTo</c> copies deep.</summary>
    CopyTo,

    /// <summary>Owns references and has no way to copy them: the strategy cannot roll back.</summary>
    None,
}

/// <summary>A call site's state field: its struct type and how it is copied.</summary>
/// <param name="Type">The state struct, fully qualified.</param>
/// <param name="Copy">How a bar-start copy of it is taken.</param>
internal sealed record StateFieldSpec(string Type, StateCopy Copy);

/// <summary>A field or settable auto-property of a strategy that is saved and restored by assignment.</summary>
/// <param name="Name">The member's name as C# source reads it.</param>
/// <param name="Type">Its type, fully qualified.</param>
internal sealed record RollbackMemberSpec(string Name, string Type);
