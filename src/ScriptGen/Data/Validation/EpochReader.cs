using System.Runtime.CompilerServices;

namespace ScriptGen;

/// <summary>
/// Reads one column of epoch times: fixes the unit (given, or from the first value's magnitude) and
/// checks every later value against it, so a column cannot mix units unnoticed.
/// </summary>
internal struct EpochReader
{
    private readonly bool _auto;
    private EpochUnit _unit;

    public EpochReader(EpochUnit unit)
    {
        _auto = unit == EpochUnit.Auto;
        _unit = unit;
    }

    /// <summary>A reader of a column whose unit is detected, with <paramref name="detected"/> already detected from earlier values.</summary>
    public static EpochReader Detected(EpochUnit detected)
    {
        var reader = new EpochReader(EpochUnit.Auto);
        reader._unit = detected;
        return reader;
    }

    /// <summary>The unit in use (Auto before the first value).</summary>
    public readonly EpochUnit Unit => _unit;

    /// <summary>Converts <paramref name="value"/> to Unix milliseconds, or says why it cannot.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // Into the line loop: see CsvRows.Add.
    public EpochProblem TryRead(long value, out long milliseconds)
    {
        if (_auto)
        {
            EpochUnit unit = EpochTime.UnitOf(value);
            if (_unit == EpochUnit.Auto)
            {
                _unit = unit;
            }
            else if (unit != _unit)
            {
                milliseconds = 0;
                return EpochProblem.OtherUnit;
            }
        }

        return EpochTime.TryToMilliseconds(value, _unit, out milliseconds) ? EpochProblem.None : EpochProblem.OutOfRange;
    }

    /// <summary>The message for a value <see cref="TryRead"/> refused.</summary>
    public readonly string Describe(EpochProblem problem, long value) => problem switch
    {
        EpochProblem.OtherUnit =>
            $"{value} is of the size of an epoch in {EpochTime.NameOf(EpochTime.UnitOf(value))}, but the first row's time was read as " +
            $"{EpochTime.NameOf(_unit)}; a time column must use one unit (set BarDataOptions.EpochUnit to say which).",
        _ => $"{value} as an epoch in {EpochTime.NameOf(_unit)} is outside the years 0001-9999.",
    };
}

/// <summary>Why an epoch value could not be read.</summary>
internal enum EpochProblem
{
    None,
    OutOfRange,
    OtherUnit,
}
