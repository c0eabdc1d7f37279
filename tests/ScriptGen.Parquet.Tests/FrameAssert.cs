using Microsoft.Data.Analysis;

namespace ScriptGen.Parquet.Tests;

/// <summary>Data frame equality for round trips: same column names, types and values (NaN equals NaN, null equals null, times UTC).</summary>
internal static class FrameAssert
{
    public static void Equal(DataFrame expected, DataFrame actual)
    {
        Assert.Equal(expected.Columns.Select(c => c.Name), actual.Columns.Select(c => c.Name));
        Assert.Equal(expected.Rows.Count, actual.Rows.Count);
        for (int c = 0; c < expected.Columns.Count; c++)
        {
            DataFrameColumn e = expected.Columns[c], a = actual.Columns[c];
            Assert.True(e.DataType == a.DataType, $"column '{e.Name}': {e.DataType.Name} expected, {a.DataType.Name} read");
            for (long r = 0; r < e.Length; r++)
            {
                object? ev = e[r], av = a[r];
                bool same = ev is DateTime et && av is DateTime at ? et == at && at.Kind == DateTimeKind.Utc : Equals(ev, av);
                Assert.True(same, $"column '{e.Name}' row {r}: {ev ?? "null"} expected, {av ?? "null"} read");
            }
        }
    }
}
