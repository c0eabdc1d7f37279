#!/usr/bin/env python3
"""
Writes ScriptGen's PyneCore reference values: runs each probe in probes/ with PyneCore over the
first bars of the TradingView EUR/USD hourly file and writes <probe>.csv beside this script (time in
Unix seconds, then one column per Pine expression, "NaN" for na).

PyneCore is not vendored, installed or downloaded by this script: pass a checkout of it
(https://github.com/PyneSys/pynecore), e.g.

    git clone https://github.com/PyneSys/pynecore /tmp/pynecore
    python3 tests/data/pynecore/generate.py --pynecore /tmp/pynecore

The probe "security" (request.security) runs on EUR/USD's forex session instead of the calendar
day, and is given the same bars, written as a PyneCore data file, as the feed for each timeframe
it requests: PyneCore resamples them to that timeframe itself.

PyneCore's core needs only Python 3.11's standard library. CI does not run this script: the tests
read the committed CSV files.
"""
import argparse
import csv
import math
import shutil
import sys
import tempfile
from datetime import datetime, time as day_time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPOSITORY = HERE.parents[2]
DEFAULT_BARS = REPOSITORY / "tests" / "data" / "tradingview" / "strategy" / "ohlcv.csv"
# Probes calling request.security, with the timeframes they request: each is fed the chart's own bars.
SECURITY_TIMEFRAMES = {"security": ("D", "240")}


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pynecore", required=True, type=Path, help="a checkout of PyneCore (the folder holding src/pynecore)")
    parser.add_argument("--bars", type=Path, default=DEFAULT_BARS, help="OHLCV CSV: time (ISO-8601 with offset),open,high,low,close,Volume")
    parser.add_argument("--count", type=int, default=2000, help="how many bars from the start of the file (default 2000)")
    parser.add_argument("--out", type=Path, default=HERE, help="where the CSV files go (default: beside this script)")
    parser.add_argument("probes", nargs="*", help="probe names (default: every probes/*.py)")
    return parser.parse_args()


def load_bars(path, count, ohlcv_type):
    bars = []
    with open(path, newline="") as file:
        for row in csv.DictReader(file):
            if len(bars) == count:
                break
            bars.append(ohlcv_type(
                timestamp=int(datetime.fromisoformat(row["time"]).timestamp() * 1000),
                open=float(row["open"]), high=float(row["high"]), low=float(row["low"]), close=float(row["close"]),
                volume=float(row["Volume"])))
    if len(bars) < count:
        raise SystemExit(f"{path} has {len(bars)} bars; {count} were asked for")
    return bars


def symbol_info(syminfo_module):
    """EUR/USD as TradingView lists it (tick 0.00001, New York time), with a session that is the
    whole calendar day, so a 'day' is the exchange time zone's calendar day, as in ScriptGen."""
    days = range(7)
    return syminfo_module.SymInfo(
        prefix="FX", description="EUR / USD", ticker="EURUSD", currency="USD", basecurrency="EUR",
        period="60", type="forex", mintick=0.00001, pricescale=100000, minmove=1, pointvalue=1,
        mincontract=1, timezone="America/New_York", volumetype="tick",
        opening_hours=[syminfo_module.SymInfoInterval(day=d, start=day_time(0, 0), end=day_time(23, 59, 59)) for d in days],
        session_starts=[syminfo_module.SymInfoSession(day=d, time=day_time(0, 0)) for d in days],
        session_ends=[syminfo_module.SymInfoSession(day=d, time=day_time(23, 59, 59)) for d in days])


def forex_session_symbol(syminfo_module):
    """EUR/USD on TradingView's forex session, 1700-1700:23456 New York: trading Sunday 17:00 to
    Friday 17:00, each trading day opening at 17:00 New York the evening before. PyneCore builds its
    daily bars and anchors its intraday higher-timeframe bars on these session opens.

    Each trading day is one overnight interval, 17:00 to 17:00 the next day. Split at midnight
    (17:00-00:00 and 00:00-17:00, as PyneCore's own forex symbol files list them), PyneCore takes
    midnight for a session end and confirms the 21:00-01:00 four-hour bar on the 23:00 chart bar,
    before the 00:00 bar that it already contains."""
    def clock(hour):
        return day_time(hour, 0)
    hours = [syminfo_module.SymInfoInterval(day=d, start=clock(17), end=clock(17)) for d in (6, 0, 1, 2, 3)]
    return syminfo_module.SymInfo(
        prefix="FX", description="EUR / USD", ticker="EURUSD", currency="USD", basecurrency="EUR",
        period="60", type="forex", mintick=0.00001, pricescale=100000, minmove=1, pointvalue=1,
        mincontract=1, timezone="America/New_York", volumetype="tick", opening_hours=hours,
        session_starts=[syminfo_module.SymInfoSession(day=d, time=clock(17)) for d in (6, 0, 1, 2, 3)],
        session_ends=[syminfo_module.SymInfoSession(day=d, time=clock(17)) for d in range(5)])


def write_security_feed(bars, syminfo, scratch, writer_type):
    """The bars as a PyneCore data file (<scratch>/feed.ohlcv and its feed.toml), which is how
    ScriptRunner takes a request.security feed."""
    path = Path(scratch) / "feed.ohlcv"
    with writer_type(path, syminfo.period, minmove=syminfo.minmove, pricescale=syminfo.pricescale,
                     truncate=True, timezone=syminfo.timezone) as writer:
        for bar in bars:
            writer.write(bar)
    syminfo.save_toml(path.with_suffix(".toml"))
    return path


def text(value):
    """Shortest round-trip text of a number; NaN for na (PyneCore's NA objects and float nan)."""
    if value is None or isinstance(value, bool):
        raise SystemExit(f"unexpected plot value {value!r}")
    try:
        number = float(value)
    except (TypeError, ValueError):
        return "NaN"  # pynecore.types.na.NA of any type
    if math.isnan(number):
        return "NaN"
    if math.isinf(number):
        raise SystemExit(f"infinite plot value {value!r}: Pine has no infinities")
    return repr(int(value)) if isinstance(value, int) else repr(number)


def run_probe(name, bars, syminfo, out, runner_type, lib, scratch, security_data=None):
    # PyneCore writes a settings file beside the script it runs: run a copy in a scratch folder.
    script = Path(shutil.copy(HERE / "probes" / f"{name}.py", scratch))
    runner = runner_type(script, bars, syminfo, last_bar_index=len(bars) - 1, lossless_volume=True,
                         security_data=security_data)
    header = None
    rows = []
    for i, (candle, plot) in enumerate(runner.run_iter()):
        # The script must have seen exactly the bars given: PyneCore cleans prices read from its
        # float32 files to the tick grid, which must leave these (already on the grid) unchanged.
        expected = bars[i]
        seen = (lib._time, lib.open, lib.high, lib.low, lib.close, lib.volume)
        if seen != (expected.timestamp, expected.open, expected.high, expected.low, expected.close, expected.volume):
            raise SystemExit(f"{name}: bar {i} was seen as {seen}, not {expected}")
        if header is None:
            header = list(plot)
        elif list(plot) != header:
            raise SystemExit(f"{name}: bar {i} plots {list(plot)}, not {header}")
        rows.append([str(expected.timestamp // 1000)] + [text(plot[key]) for key in header])
    path = out / f"{name}.csv"
    with open(path, "w", newline="") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(["time"] + header)
        writer.writerows(rows)
    print(f"{path}: {len(rows)} bars, {len(header)} expressions", file=sys.stderr)


def main():
    arguments = parse_arguments()
    source = arguments.pynecore.resolve() / "src"
    if not (source / "pynecore" / "__init__.py").exists():
        raise SystemExit(f"{arguments.pynecore} is not a PyneCore checkout (no src/pynecore)")
    sys.path.insert(0, str(source))
    sys.dont_write_bytecode = True  # Leave nothing behind in probes/ or the checkout.

    # The import hook compiles @pyne scripts (Series, persistent state); it must come first.
    from pynecore.core import import_hook  # noqa: F401
    from pynecore.core import syminfo as syminfo_module
    from pynecore import lib
    from pynecore.core.script_runner import ScriptRunner
    from pynecore.types.ohlcv import OHLCV
    from pynecore.core.ohlcv import OHLCVWriter

    bars = load_bars(arguments.bars, arguments.count, OHLCV)
    names = arguments.probes or sorted(p.stem for p in (HERE / "probes").glob("*.py"))
    with tempfile.TemporaryDirectory(prefix="scriptgen-pynecore-") as scratch:
        for name in names:
            if name in SECURITY_TIMEFRAMES:
                syminfo = forex_session_symbol(syminfo_module)
                feed = str(write_security_feed(bars, syminfo, scratch, OHLCVWriter))
                security_data = {timeframe: feed for timeframe in SECURITY_TIMEFRAMES[name]}
            else:
                syminfo, security_data = symbol_info(syminfo_module), None
            run_probe(name, bars, syminfo, arguments.out, ScriptRunner, lib, scratch, security_data)


if __name__ == "__main__":
    main()
