"""
@pyne

ScriptGen reference probe: request.security on the chart's own symbol at "D" and "240".
Each key is the Pine v5 expression whose value PyneCore computes; tests/data/pynecore/generate.py
writes one CSV column per key. The security feed for both timeframes is the chart's own hourly
bars, which PyneCore resamples to the requested timeframe on the symbol's session.
Lookahead is off unless the key says otherwise. A bare value with lookahead_on is left out on
purpose: PyneCore returns the developing period's value there, TradingView the final one.
"""
from pynecore.lib import script, request, syminfo, barmerge, ta, open, high, low, close, time


@script.indicator(title="ScriptGen probe: security")
def main():
    return {
        'request.security(syminfo.tickerid, "D", open)': request.security(syminfo.tickerid, "D", open),
        'request.security(syminfo.tickerid, "D", high)': request.security(syminfo.tickerid, "D", high),
        'request.security(syminfo.tickerid, "D", low)': request.security(syminfo.tickerid, "D", low),
        'request.security(syminfo.tickerid, "D", close)': request.security(syminfo.tickerid, "D", close),
        'request.security(syminfo.tickerid, "D", time)': request.security(syminfo.tickerid, "D", time),
        'request.security(syminfo.tickerid, "D", ta.sma(close, 5))':
            request.security(syminfo.tickerid, "D", ta.sma(close, 5)),
        'request.security(syminfo.tickerid, "D", close[1], lookahead = barmerge.lookahead_on)':
            request.security(syminfo.tickerid, "D", close[1], lookahead=barmerge.lookahead_on),
        'request.security(syminfo.tickerid, "D", close, gaps = barmerge.gaps_on)':
            request.security(syminfo.tickerid, "D", close, gaps=barmerge.gaps_on),
        'request.security(syminfo.tickerid, "240", open)': request.security(syminfo.tickerid, "240", open),
        'request.security(syminfo.tickerid, "240", high)': request.security(syminfo.tickerid, "240", high),
        'request.security(syminfo.tickerid, "240", low)': request.security(syminfo.tickerid, "240", low),
        'request.security(syminfo.tickerid, "240", close)': request.security(syminfo.tickerid, "240", close),
        'request.security(syminfo.tickerid, "240", time)': request.security(syminfo.tickerid, "240", time),
        'request.security(syminfo.tickerid, "240", ta.ema(close, 3))':
            request.security(syminfo.tickerid, "240", ta.ema(close, 3)),
    }
