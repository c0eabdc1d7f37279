"""
@pyne

ScriptGen reference probe: ta.accdist, ta.pvi, ta.pvt, ta.wad, ta.wvad, ta.vwap.

ScriptGen's ta.vwap(source) resets on the first bar and on each new day of the exchange time zone:
PyneCore states that as the anchor timeframe.change("D") or bar_index == 0 (with a symbol whose
session is the whole calendar day, so its trading day is the exchange's calendar day).
"""
from pynecore.lib import script, ta, close, hl2, hlc3, bar_index, time, timeframe

DAY = 'timeframe.change("D") or bar_index == 0'


@script.indicator(title="ScriptGen probe: volume flow")
def main():
    new_day = timeframe.change("D") or bar_index == 0
    vwap, upper, lower = ta.vwap(hl2, time % 86400000 == 0, 2.0)
    vwap2, upper2, lower2 = ta.vwap(close, new_day, 1.5)
    return {
        "ta.accdist": ta.accdist,
        "ta.pvi": ta.pvi,
        "ta.pvt": ta.pvt,
        "ta.wad": ta.wad,
        "ta.wvad": ta.wvad,
        f"ta.vwap(hlc3, {DAY})": ta.vwap(hlc3, new_day),
        f"ta.vwap(close, {DAY})": ta.vwap(close, new_day),
        "ta.vwap(close, bar_index % 37 == 5)": ta.vwap(close, bar_index % 37 == 5),
        "ta.vwap(hl2, time % 86400000 == 0, 2.0).vwap": vwap,
        "ta.vwap(hl2, time % 86400000 == 0, 2.0).upper": upper,
        "ta.vwap(hl2, time % 86400000 == 0, 2.0).lower": lower,
        f"ta.vwap(close, {DAY}, 1.5).vwap": vwap2,
        f"ta.vwap(close, {DAY}, 1.5).upper": upper2,
        f"ta.vwap(close, {DAY}, 1.5).lower": lower2,
    }
