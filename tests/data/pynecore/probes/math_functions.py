"""
@pyne

ScriptGen reference probe: Pine's math functions (math.sum keeps state; the rest are plain).
"""
from pynecore.lib import script, math, open, high, low, close, volume, hlc3, bar_index, na


@script.indicator(title="ScriptGen probe: math")
def main():
    every_third = close if bar_index % 3 == 2 else na(float)
    return {
        "math.sum(close, 10)": math.sum(close, 10),
        "math.sum(volume, 24)": math.sum(volume, 24),
        "math.sum(bar_index % 3 == 2 ? close : na, 4)": math.sum(every_third, 4),
        "math.abs(close - open)": math.abs(close - open),
        "math.max(open, close)": math.max(open, close),
        "math.min(open, close)": math.min(open, close),
        "math.max(open, high, low, close)": math.max(open, high, low, close),
        "math.min(high - open, close - low, 0.001)": math.min(high - open, close - low, 0.001),
        "math.avg(open, close)": math.avg(open, close),
        "math.avg(open, high, low, close)": math.avg(open, high, low, close),
        "math.round(close, 4)": math.round(close, 4),
        "math.round(close, 3)": math.round(close, 3),
        "math.round(close * 1000)": math.round(close * 1000),
        "math.round(volume, -2)": math.round(volume, -2),
        "math.round_to_mintick(hlc3)": math.round_to_mintick(hlc3),
        "math.round_to_mintick(close * 1.0001)": math.round_to_mintick(close * 1.0001),
        "math.sign(close - open)": math.sign(close - open),
        "math.pow(close, 3)": math.pow(close, 3),
        "math.pow(close, 2)": math.pow(close, 2),
        "math.pow(volume, 0.5)": math.pow(volume, 0.5),
        "math.sqrt(volume)": math.sqrt(volume),
        "math.log(close)": math.log(close),
    }
