"""
@pyne

ScriptGen reference probe: ta.dev, ta.variance.
"""
from pynecore.lib import script, ta, close, volume, hlc3, bar_index, na


@script.indicator(title="ScriptGen probe: dispersion")
def main():
    gapped = na(float) if bar_index % 7 == 3 else close
    return {
        "ta.dev(close, 10)": ta.dev(close, 10),
        "ta.dev(hlc3, 20)": ta.dev(hlc3, 20),
        "ta.dev(close, 1)": ta.dev(close, 1),
        "ta.dev(bar_index % 7 == 3 ? na : close, 5)": ta.dev(gapped, 5),
        "ta.variance(close, 20)": ta.variance(close, 20),
        "ta.variance(close, 20, false)": ta.variance(close, 20, False),
        "ta.variance(volume, 5)": ta.variance(volume, 5),
        "ta.variance(close, 1, false)": ta.variance(close, 1, False),
        "ta.variance(bar_index % 7 == 3 ? na : close, 5)": ta.variance(gapped, 5),
    }
