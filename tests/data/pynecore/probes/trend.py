"""
@pyne

ScriptGen reference probe: ta.dmi, ta.sar, ta.supertrend, ta.tsi.
"""
from pynecore.lib import script, ta, close, hlc3


@script.indicator(title="ScriptGen probe: trend")
def main():
    plus, minus, adx = ta.dmi(14, 14)
    plus2, minus2, adx2 = ta.dmi(7, 20)
    value, direction = ta.supertrend(3, 10)
    value2, direction2 = ta.supertrend(2.5, 7)
    return {
        "ta.dmi(14, 14).plus": plus,
        "ta.dmi(14, 14).minus": minus,
        "ta.dmi(14, 14).adx": adx,
        "ta.dmi(7, 20).plus": plus2,
        "ta.dmi(7, 20).minus": minus2,
        "ta.dmi(7, 20).adx": adx2,
        "ta.sar(0.02, 0.02, 0.2)": ta.sar(0.02, 0.02, 0.2),
        "ta.sar(0.01, 0.03, 0.3)": ta.sar(0.01, 0.03, 0.3),
        "ta.supertrend(3, 10).value": value,
        "ta.supertrend(3, 10).direction": direction,
        "ta.supertrend(2.5, 7).value": value2,
        "ta.supertrend(2.5, 7).direction": direction2,
        "ta.tsi(close, 13, 25)": ta.tsi(close, 13, 25),
        "ta.tsi(hlc3, 5, 9)": ta.tsi(hlc3, 5, 9),
    }
