namespace ScriptGen;

/// <summary>What a bar source does with several rows of the same time (<see cref="BarDataOptions.DuplicateTimes"/>).</summary>
public enum DuplicateTimes
{
    /// <summary>Throw <see cref="BarDataException"/> naming both rows (the default).</summary>
    Reject,

    /// <summary>Opt-in: keep the first row of each time, drop the others.</summary>
    KeepFirst,

    /// <summary>Opt-in: keep the last row of each time (a later correction wins), drop the others.</summary>
    KeepLast,
}
