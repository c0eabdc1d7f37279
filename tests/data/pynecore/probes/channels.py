"""
@pyne

ScriptGen reference probe: ta.kc, ta.kcw.
"""
from pynecore.lib import script, ta, close, hl2


@script.indicator(title="ScriptGen probe: channels")
def main():
    middle, upper, lower = ta.kc(close, 20, 2)
    middle2, upper2, lower2 = ta.kc(hl2, 10, 1.5, False)
    return {
        "ta.kc(close, 20, 2).middle": middle,
        "ta.kc(close, 20, 2).upper": upper,
        "ta.kc(close, 20, 2).lower": lower,
        "ta.kc(hl2, 10, 1.5, false).middle": middle2,
        "ta.kc(hl2, 10, 1.5, false).upper": upper2,
        "ta.kc(hl2, 10, 1.5, false).lower": lower2,
        "ta.kcw(close, 20, 2)": ta.kcw(close, 20, 2),
        "ta.kcw(close, 14, 1.5, false)": ta.kcw(close, 14, 1.5, False),
    }
