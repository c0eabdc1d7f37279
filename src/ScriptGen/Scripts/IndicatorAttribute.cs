namespace ScriptGen;

/// <summary>
/// Marks a <c>partial class</c> in a <c>.pine.cs</c> file as an indicator script (Pine's
/// <c>indicator()</c>). The generator completes the class into an <see cref="IndicatorScript"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false, AllowMultiple = false)]
public sealed class IndicatorAttribute : Attribute
{
    /// <summary>Declares an indicator with the given title.</summary>
    public IndicatorAttribute(string title) => Title = title;

    /// <summary>The title shown in reports and used to find the script by name.</summary>
    public string Title { get; }

    /// <summary>Whether the script's plots belong on the price chart. Pine's <c>overlay</c>; default false.</summary>
    public bool Overlay { get; set; }

    /// <summary>History kept by each <see cref="Series{T}"/>. Pine's <c>max_bars_back</c>; default 5000.</summary>
    public int MaxBarsBack { get; set; } = 5000;
}
