namespace ScriptGen.Ta;

/// <summary>The kinds of pivot point levels of <c>ta.pivot_point_levels</c> (Pine's <c>type</c> strings).</summary>
public enum PivotPointType
{
    /// <summary>Pine's <c>"Traditional"</c>: P, R1-R5, S1-S5.</summary>
    Traditional,

    /// <summary>Pine's <c>"Fibonacci"</c>: P, R1-R3, S1-S3 at 0.382, 0.618 and 1 times the range.</summary>
    Fibonacci,

    /// <summary>Pine's <c>"Woodie"</c>: P from the current period's open, R1-R3, S1-S3.</summary>
    Woodie,

    /// <summary>Pine's <c>"Classic"</c>: P, R1-R3, S1-S3.</summary>
    Classic,

    /// <summary>Pine's <c>"DM"</c> (DeMark): P, R1, S1.</summary>
    DM,

    /// <summary>Pine's <c>"Camarilla"</c>: P, R1-R4, S1-S4 from the close and 1.1 times the range.</summary>
    Camarilla,
}
