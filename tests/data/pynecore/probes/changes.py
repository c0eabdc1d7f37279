"""
@pyne

ScriptGen reference probe: ta.change, ta.mom, ta.roc, ta.cum, ta.barssince, ta.valuewhen.
Each key is the Pine v5 expression whose value PyneCore computes; tests/data/pynecore/generate.py
writes one CSV column per key.
"""
from pynecore.lib import script, ta, open, high, low, close, volume, hl2, bar_index, na


@script.indicator(title="ScriptGen probe: changes")
def main():
    every_fourth_na = na(float) if bar_index % 4 == 0 else close
    every_fifth_na = na(float) if bar_index % 5 == 0 else close
    every_other_na = na(float) if bar_index % 2 == 0 else close
    return {
        "ta.change(close)": ta.change(close),
        "ta.change(close, 5)": ta.change(close, 5),
        "ta.change(bar_index % 4 == 0 ? na : close, 2)": ta.change(every_fourth_na, 2),
        "ta.mom(close, 10)": ta.mom(close, 10),
        "ta.mom(hl2, 1)": ta.mom(hl2, 1),
        "ta.roc(close, 9)": ta.roc(close, 9),
        "ta.roc(volume, 3)": ta.roc(volume, 3),
        "ta.cum(volume)": ta.cum(volume),
        "ta.cum(bar_index % 5 == 0 ? na : close)": ta.cum(every_fifth_na),
        "ta.barssince(close > open)": ta.barssince(close > open),
        "ta.barssince(high - low > 0.00305)": ta.barssince(high - low > 0.00305),
        "ta.valuewhen(close > open, close, 0)": ta.valuewhen(close > open, close, 0),
        "ta.valuewhen(close > open, close, 2)": ta.valuewhen(close > open, close, 2),
        "ta.valuewhen(high - low > 0.00305, hl2, 1)": ta.valuewhen(high - low > 0.00305, hl2, 1),
        "ta.valuewhen(bar_index % 3 == 0, bar_index % 2 == 0 ? na : close, 1)":
            ta.valuewhen(bar_index % 3 == 0, every_other_na, 1),
    }
