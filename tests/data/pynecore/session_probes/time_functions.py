"""
@pyne

ScriptGen reference probe: time(), time_close(), timeframe.change, ta.vwap and the session.* flags on a
forex and a crypto symbol's hourly bars.

Each plot key is the Pine v5 expression PyneCore evaluated; a flag is plotted as 1 when true, 0 when
false, a time as Unix milliseconds (NaN for na). The two session strings are a daytime one and one
running overnight, neither with an end at the hour daylight saving changes (PyneCore's notes record
where TradingView is inconsistent with itself at that hour). The last column is the week's open as the
first trading day's open, what the tests compare time("W") with where PyneCore's own time("W") leaves
the session grid (tests/data/pynecore/README.md).
"""
from pynecore.lib import script, session, timeframe, ta, close, time, time_close, bar_index

DAYTIME = "0300-1200:23456"
# A week's open as Pine states it from its own pieces: the open of the first trading day of the week.
WEEK_OPEN = 'ta.valuewhen(bar_index == 0 or timeframe.change("W"), time("D"), 0)'
OVERNIGHT = "1900-0400:23456"


def flag(value) -> int:
    return 1 if value else 0


@script.indicator(title="ScriptGen probe: time functions")
def main():
    return {
        'time("D")': time("D"),
        'time_close("D")': time_close("D"),
        'time("W")': time("W"),
        'time_close("W")': time_close("W"),
        'time("240")': time("240"),
        'time_close("240")': time_close("240"),
        'time(timeframe.period, "0300-1200:23456")': time(timeframe.period, DAYTIME),
        'time_close(timeframe.period, "0300-1200:23456")': time_close(timeframe.period, DAYTIME),
        'time(timeframe.period, "1900-0400:23456")': time(timeframe.period, OVERNIGHT),
        'time_close(timeframe.period, "1900-0400:23456")': time_close(timeframe.period, OVERNIGHT),
        'timeframe.change("D")': flag(timeframe.change("D")),
        'timeframe.change("W")': flag(timeframe.change("W")),
        "ta.vwap(close)": ta.vwap(close),
        "session.isfirstbar": flag(session.isfirstbar),
        "session.islastbar": flag(session.islastbar),
        "session.isfirstbar_regular": flag(session.isfirstbar_regular),
        "session.islastbar_regular": flag(session.islastbar_regular),
        "session.ismarket": flag(session.ismarket),
        WEEK_OPEN: ta.valuewhen(bar_index == 0 or timeframe.change("W"), time("D"), 0),
    }
