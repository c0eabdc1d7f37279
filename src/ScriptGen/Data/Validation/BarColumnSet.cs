namespace ScriptGen;

/// <summary>The five or six bar columns as memory, before they are checked and become <see cref="Bars"/>.</summary>
internal readonly record struct BarColumnSet(
    ReadOnlyMemory<long> Time,
    ReadOnlyMemory<double> Open,
    ReadOnlyMemory<double> High,
    ReadOnlyMemory<double> Low,
    ReadOnlyMemory<double> Close,
    ReadOnlyMemory<double> Volume,
    bool HasVolume);
