"""
@pyne

ScriptGen reference probe: ta.percentrank, ta.percentile_linear_interpolation,
ta.percentile_nearest_rank.
"""
from pynecore.lib import script, ta, close, volume, bar_index, na


@script.indicator(title="ScriptGen probe: percentiles")
def main():
    gapped = na(float) if bar_index % 6 == 1 else close
    return {
        "ta.percentrank(close, 20)": ta.percentrank(close, 20),
        "ta.percentrank(volume, 50)": ta.percentrank(volume, 50),
        "ta.percentrank(bar_index % 6 == 1 ? na : close, 10)": ta.percentrank(gapped, 10),
        "ta.percentile_linear_interpolation(close, 20, 30)": ta.percentile_linear_interpolation(close, 20, 30),
        "ta.percentile_linear_interpolation(close, 10, 50)": ta.percentile_linear_interpolation(close, 10, 50),
        "ta.percentile_linear_interpolation(close, 14, 0)": ta.percentile_linear_interpolation(close, 14, 0),
        "ta.percentile_linear_interpolation(close, 14, 100)": ta.percentile_linear_interpolation(close, 14, 100),
        "ta.percentile_linear_interpolation(volume, 7, 85)": ta.percentile_linear_interpolation(volume, 7, 85),
        "ta.percentile_linear_interpolation(bar_index % 6 == 1 ? na : close, 10, 25)":
            ta.percentile_linear_interpolation(gapped, 10, 25),
        "ta.percentile_linear_interpolation(bar_index % 6 == 1 ? na : close, 10, 5)":
            ta.percentile_linear_interpolation(gapped, 10, 5),
        "ta.percentile_nearest_rank(close, 20, 30)": ta.percentile_nearest_rank(close, 20, 30),
        "ta.percentile_nearest_rank(close, 10, 50)": ta.percentile_nearest_rank(close, 10, 50),
        "ta.percentile_nearest_rank(close, 14, 0)": ta.percentile_nearest_rank(close, 14, 0),
        "ta.percentile_nearest_rank(close, 14, 100)": ta.percentile_nearest_rank(close, 14, 100),
        "ta.percentile_nearest_rank(volume, 14, 90)": ta.percentile_nearest_rank(volume, 14, 90),
        "ta.percentile_nearest_rank(bar_index % 6 == 1 ? na : close, 10, 50)":
            ta.percentile_nearest_rank(gapped, 10, 50),
        "ta.percentile_nearest_rank(bar_index % 6 == 1 ? na : close, 10, 95)":
            ta.percentile_nearest_rank(gapped, 10, 95),
    }
