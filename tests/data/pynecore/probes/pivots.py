"""
@pyne

ScriptGen reference probe: ta.pivothigh, ta.pivotlow, ta.pivot_point_levels.

The pivot-point anchor is the bar that opens at 00:00 UTC (time % 86400000 == 0), which both
Pine and ScriptGen scripts can state without a timeframe function. Levels PyneCore does not compute
(Traditional R4-S5) are left out: ScriptGen computes them from TradingView's published formulas,
tested separately.
"""
from pynecore.lib import script, ta, high, low, close, hl2, time

LEVELS = ["P", "R1", "S1", "R2", "S2", "R3", "S3", "R4", "S4", "R5", "S5"]

# Per type, the level indexes written (PyneCore's levels; the rest of each type is na there).
TYPES = {
    "Traditional": range(0, 7),
    "Fibonacci": range(0, 11),
    "Woodie": range(0, 11),
    "Classic": range(0, 11),
    "DM": range(0, 11),
    "Camarilla": range(0, 11),
}


@script.indicator(title="ScriptGen probe: pivots")
def main():
    anchor = time % 86400000 == 0
    result = {
        "ta.pivothigh(10, 5)": ta.pivothigh(10, 5),
        "ta.pivotlow(10, 5)": ta.pivotlow(10, 5),
        "ta.pivothigh(close, 3, 3)": ta.pivothigh(close, 3, 3),
        "ta.pivotlow(close, 3, 3)": ta.pivotlow(close, 3, 3),
        "ta.pivothigh(hl2, 1, 4)": ta.pivothigh(hl2, 1, 4),
        "ta.pivotlow(low, 4, 1)": ta.pivotlow(low, 4, 1),
        "ta.pivothigh(high, 2, 2)": ta.pivothigh(high, 2, 2),
        "ta.pivothigh(close, 20, 15)": ta.pivothigh(close, 20, 15),
        "ta.pivotlow(close, 16, 16)": ta.pivotlow(close, 16, 16),
    }
    for kind, indexes in TYPES.items():
        levels = ta.pivot_point_levels(kind, anchor)
        for i in indexes:
            result[f'ta.pivot_point_levels("{kind}", time % 86400000 == 0).get({i})'] = levels[i]
    developing = ta.pivot_point_levels("Traditional", anchor, True)
    for i in range(0, 7):
        result[f'ta.pivot_point_levels("Traditional", time % 86400000 == 0, true).get({i})'] = developing[i]
    woodie = ta.pivot_point_levels("Woodie", anchor, True)
    for i in range(0, 7):
        result[f'ta.pivot_point_levels("Woodie", time % 86400000 == 0, true).get({i})'] = woodie[i]
    return result
