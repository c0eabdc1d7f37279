using CsCheck;
using ScriptGen.Ta;

namespace ScriptGen.Tests.Ta;

/// <summary>The cross, rise/fall and volume states against their definitions, on random and hand-built series.</summary>
public sealed class CrossAndVolumeStateTests
{
    /// <summary>A walk of small whole steps (-1, 0, 1 or 2, so runs, plateaus and ties), about one in ten na.</summary>
    private static readonly Gen<double[]> s_steps =
        Gen.Int[-1, 2].Select(Gen.Int[0, 9]).Array[1, 80].Select(steps =>
        {
            double level = 0;
            return steps.Select(s => s.Item2 == 0 ? double.NaN : level += s.Item1).ToArray();
        });

    [Fact]
    public void Rising_and_falling_need_length_strict_steps_in_a_row_with_no_na()
    {
        Gen.Select(s_steps, Gen.Int[1, 6]).Sample((x, length) =>
        {
            var rising = new RisingState();
            var falling = new FallingState();
            for (int bar = 0; bar < x.Length; bar++)
            {
                // Pine: source is above (below) each of source[1] .. source[length], which must all exist.
                bool up = bar >= length, down = bar >= length;
                for (int i = 1; i <= length && bar >= length; i++)
                {
                    double step = x[bar - i + 1] - x[bar - i];
                    up &= step > Definitions.Epsilon;
                    down &= step < -Definitions.Epsilon;
                }

                Assert.Equal(up, rising.Update(x[bar], length));
                Assert.Equal(down, falling.Update(x[bar], length));
            }
        });
    }

    [Fact]
    public void Cross_fires_on_a_strict_jump_past_the_last_strictly_different_relation()
    {
        Gen.Select(s_steps, s_steps).Sample((a, b) =>
        {
            var cross = new CrossState();
            var over = new CrossoverState();
            var under = new CrossunderState();
            int bars = Math.Min(a.Length, b.Length);
            for (int bar = 0; bar < bars; bar++)
            {
                // The last earlier bar where both were defined, and the last where they were also apart.
                int lastDefined = -1, lastApart = -1;
                for (int j = bar - 1; j >= 0 && (lastDefined < 0 || lastApart < 0); j--)
                {
                    if (double.IsNaN(a[j]) || double.IsNaN(b[j]))
                    {
                        continue;
                    }

                    lastDefined = lastDefined < 0 ? j : lastDefined;
                    lastApart = lastApart < 0 && a[j] != b[j] ? j : lastApart;
                }

                bool expectedCross = lastApart >= 0 && (a[lastApart] < b[lastApart] ? a[bar] > b[bar] : a[bar] < b[bar]);
                bool expectedOver = lastDefined >= 0 && a[lastDefined] <= b[lastDefined] && a[bar] > b[bar];
                bool expectedUnder = lastDefined >= 0 && a[lastDefined] >= b[lastDefined] && a[bar] < b[bar];
                Assert.Equal(expectedCross, cross.Update(a[bar], b[bar]));
                Assert.Equal(expectedOver, over.Update(a[bar], b[bar]));
                Assert.Equal(expectedUnder, under.Update(a[bar], b[bar]));
            }
        });
    }

    [Fact]
    public void Obv_adds_the_volume_of_rising_closes_and_subtracts_that_of_falling_ones()
    {
        double[] close = [10, 11, 11, 10, 12];
        double[] volume = [100, 200, 300, 400, 500];
        var state = new ObvState();
        double[] actual = close.Select((c, i) => state.Update(c, i == 0 ? double.NaN : close[i - 1], volume[i])).ToArray();
        Assert.Equal([double.NaN, 200, 200, -200, 300], actual);
    }

    [Fact]
    public void Nvi_follows_the_close_only_on_bars_whose_volume_fell()
    {
        double[] close = [10, 11, 12, 9, 9.9];
        double[] volume = [500, 400, 450, 300, 300];
        var state = new NviState();
        double[] actual = close.Select((c, i) => state.Update(c, volume[i])).ToArray();
        // Bar 1: volume fell, +10 %; bar 2: volume rose, held; bar 3: fell, -25 %; bar 4: unchanged, held.
        double afterFirst = 1 + (11.0 - 10) / 10 * 1;
        double afterThird = afterFirst + (9.0 - 12) / 12 * afterFirst;
        Assert.Equal([1, afterFirst, afterFirst, afterThird, afterThird], actual);
    }

    [Fact]
    public void Iii_is_where_the_close_sits_in_the_range_per_unit_of_volume()
    {
        Assert.Equal((2 * 11.5 - 12 - 10) / ((12 - 10) * 50.0), IntradayIntensity.Compute(12, 10, 11.5, 50));
        Assert.True(double.IsNaN(IntradayIntensity.Compute(10, 10, 10, 50)));
    }
}
