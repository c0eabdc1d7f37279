"""
@pyne

ScriptGen reference probe: the session and time built-ins on a US stock's 30-minute bars.

Each plot key is the Pine v5 expression PyneCore evaluated; a flag is plotted as 1 when true, 0 when
false. PyneCore does not model pre- and post-market hours in session.* (its ispremarket and
ispostmarket are always false): the two session masks below are Pine's own way of asking whether a
bar opens in those hours, time(timeframe.period, session) being na outside the session.
"""
from pynecore.lib import script, session, timeframe, ta, close, time, time_close, na, bar_index
from pynecore.types import Series

PRE = 'not na(time(timeframe.period, "0400-0930:23456"))'
POST = 'not na(time(timeframe.period, "1600-2000:23456"))'
NEW_DAY = 'bar_index > 0 and time("D") != time("D")[1]'
NEW_DAY_VWAP = 'ta.vwap(close, bar_index == 0 or time("D") != time("D")[1])'


def flag(value) -> int:
    return 1 if value else 0


@script.indicator(title="ScriptGen probe: stock session")
def main():
    # A new trading day as Pine states it from time("D") alone, and ta.vwap anchored on it (plus the
    # first bar): the anchor Pine's reference gives ta.vwap(source) by default, timeframe.change("1D").
    day_open: Series[int] = time("D")
    new_day = bar_index > 0 and day_open != day_open[1]
    return {
        "session.ismarket": flag(session.ismarket),
        "session.ispremarket": flag(session.ispremarket),
        "session.ispostmarket": flag(session.ispostmarket),
        "session.isfirstbar": flag(session.isfirstbar),
        "session.islastbar": flag(session.islastbar),
        "session.isfirstbar_regular": flag(session.isfirstbar_regular),
        "session.islastbar_regular": flag(session.islastbar_regular),
        'timeframe.change("D")': flag(timeframe.change("D")),
        'timeframe.change("W")': flag(timeframe.change("W")),
        'time("D")': time("D"),
        'time_close("D")': time_close("D"),
        "ta.vwap(close)": ta.vwap(close),
        PRE: flag(not na(time(timeframe.period, "0400-0930:23456"))),
        POST: flag(not na(time(timeframe.period, "1600-2000:23456"))),
        NEW_DAY: flag(new_day),
        NEW_DAY_VWAP: ta.vwap(close, bar_index == 0 or new_day),
    }
