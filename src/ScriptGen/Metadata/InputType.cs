namespace ScriptGen;

/// <summary>The value type of a script input, as Pine names it.</summary>
public enum InputType
{
    /// <summary>A whole number (<c>input.int</c>), a C# <see cref="int"/>.</summary>
    Int,

    /// <summary>A floating-point number (<c>input.float</c>), a C# <see cref="double"/>.</summary>
    Float,

    /// <summary>A boolean (<c>input.bool</c>), a C# <see cref="bool"/>.</summary>
    Bool,

    /// <summary>Text (<c>input.string</c>), a C# <see cref="string"/>.</summary>
    String,
}
