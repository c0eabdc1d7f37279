using Microsoft.Data.Analysis;

namespace ScriptGen.Tests.Export;

/// <summary>Data frame equality for round-trip tests: same column names, types and values (NaN equals NaN, null equals null).</summary>
internal static class FrameAssert
{
    public static void Equal(DataFrame expected, DataFrame actual)
    {
        Assert.Equal(Names(expected), Names(actual));
        Assert.Equal(expected.Rows.Count, actual.Rows.Count);
        for (int c = 0; c < expected.Columns.Count; c++)
        {
            DataFrameColumn e = expected.Columns[c], a = actual.Columns[c];
            Assert.True(e.DataType == a.DataType, $"column '{e.Name}': {e.DataType.Name} expected, {a.DataType.Name} read");
            for (long r = 0; r < e.Length; r++)
            {
                object? ev = e[r], av = a[r];
                if (ev is DateTime et && av is DateTime at)
                {
                    Assert.True(et == at && at.Kind == DateTimeKind.Utc, $"column '{e.Name}' row {r}: {et:o} expected, {at:o} ({at.Kind}) read");
                }
                else
                {
                    Assert.True(Equals(ev, av), $"column '{e.Name}' row {r}: {ev ?? "null"} expected, {av ?? "null"} read");
                }
            }
        }
    }

    private static string[] Names(DataFrame frame) => frame.Columns.Select(c => c.Name).ToArray();
}
