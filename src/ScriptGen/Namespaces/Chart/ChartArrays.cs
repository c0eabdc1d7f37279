namespace ScriptGen.Namespaces;

/// <summary>The per-bar arrays of the chart's sinks: one slot per bar when recording (na, no color), empty otherwise.</summary>
internal static class ChartArrays
{
    public static double[] Values(int barCount, bool record)
    {
        double[] values = record ? new double[barCount] : [];
        values.AsSpan().Fill(double.NaN);
        return values;
    }

    public static Color?[] Colors(int barCount, bool record) => record ? new Color?[barCount] : [];
}
