#!/usr/bin/env python3
"""
Writes ScriptGen's PyneCore reference values for a US stock's sessions: builds deterministic
synthetic 30-minute bars of a NASDAQ-like stock (04:00-20:00 New York, Monday to Friday, from
2024-02-26 to 2024-04-12 and from 2024-10-21 to 2024-11-15: both 2024 DST changes, seven weekends
and the Good Friday holiday, whose bars are left out), writes them to stock_bars.csv, and runs
session_probes/stock_session.py with PyneCore's ScriptRunner three times:

- stock_session_regular.csv: the bars of the regular hours only (09:30-16:00, what a chart without
  extended hours shows) on a symbol trading 09:30-16:00 Monday to Friday;
- stock_session_extended.csv: every bar, on a symbol whose trading day runs 04:00-20:00 (pre-market,
  regular and post-market hours), as a chart with extended hours has it;
- stock_session_outside.csv: every bar, on the regular-hours symbol, so the pre- and post-market bars
  are bars outside every session.

PyneCore is not vendored, installed or downloaded by this script: pass a checkout of it, e.g.

    git clone https://github.com/PyneSys/pynecore /tmp/pynecore
    python3 tests/data/pynecore/generate_stock_sessions.py --pynecore /tmp/pynecore

CI does not run this script: the tests read the committed CSV files.
"""
import argparse
import csv
import shutil
import sys
import tempfile
from datetime import date, datetime, time as day_time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # Leave nothing behind here or in the PyneCore checkout.
sys.path.insert(0, str(HERE))
from generate import text  # noqa: E402  (the same number format as the other reference files)

NEW_YORK = ZoneInfo("America/New_York")
RANGES = [(date(2024, 2, 26), date(2024, 4, 12)), (date(2024, 10, 21), date(2024, 11, 15))]
HOLIDAYS = {date(2024, 3, 29)}  # Good Friday: NYSE and NASDAQ closed, no bars
FIRST_BAR, LAST_BAR = day_time(4, 0), day_time(19, 30)  # 30-minute bars opening 04:00 ... 19:30
PROBE = "stock_session"


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pynecore", required=True, type=Path, help="a checkout of PyneCore (the folder holding src/pynecore)")
    parser.add_argument("--out", type=Path, default=HERE, help="where the CSV files go (default: beside this script)")
    return parser.parse_args()


def bar_opens():
    """Unix seconds of every bar's open, in order."""
    for first, last in RANGES:
        day = first
        while day <= last:
            if day.weekday() < 5 and day not in HOLIDAYS:
                local = datetime.combine(day, FIRST_BAR, NEW_YORK)
                while local.time() <= LAST_BAR:
                    yield int(local.timestamp())
                    local = (local + timedelta(minutes=30)).replace(tzinfo=NEW_YORK)
            day += timedelta(days=1)


def synthetic_bars():
    """(time, open, high, low, close, volume) rows in whole cents and shares, from a fixed linear
    congruential sequence: the same on every machine, no floating point until the prices are written."""
    state = 20240226
    close_cents = 17500
    rows = []
    for opened in bar_opens():
        state = (state * 1103515245 + 12345) % 2**31
        open_cents = close_cents
        close_cents = open_cents + (state >> 4) % 61 - 30
        high_cents = max(open_cents, close_cents) + (state >> 10) % 17
        low_cents = min(open_cents, close_cents) - (state >> 15) % 17
        clock = datetime.fromtimestamp(opened, NEW_YORK).time()
        regular = day_time(9, 30) <= clock < day_time(16, 0)
        volume = (20000 if regular else 1500) + (state >> 7) % 5000
        rows.append((opened, open_cents / 100, high_cents / 100, low_cents / 100, close_cents / 100, float(volume)))
    return rows


def symbol_info(syminfo_module, start, end):
    """A NASDAQ stock (tick 0.01, New York time) whose trading day runs from start to end, Monday to Friday."""
    weekdays = range(5)
    return syminfo_module.SymInfo(
        prefix="NASDAQ", description="ScriptGen synthetic stock", ticker="STOCK", currency="USD",
        period="30", type="stock", mintick=0.01, pricescale=100, minmove=1, pointvalue=1, mincontract=1,
        timezone="America/New_York", volumetype="base",
        opening_hours=[syminfo_module.SymInfoInterval(day=d, start=start, end=end) for d in weekdays],
        session_starts=[syminfo_module.SymInfoSession(day=d, time=start) for d in weekdays],
        session_ends=[syminfo_module.SymInfoSession(day=d, time=end) for d in weekdays])


def run(bars, syminfo, path, runner_type, lib, ohlcv_type, scratch, probe=PROBE):
    # PyneCore writes a settings file beside the script it runs: run a copy in a scratch folder.
    script = Path(shutil.copy(HERE / "session_probes" / f"{probe}.py", scratch))
    candles = [ohlcv_type(timestamp=t * 1000, open=o, high=h, low=l, close=c, volume=v) for t, o, h, l, c, v in bars]
    runner = runner_type(script, candles, syminfo, last_bar_index=len(candles) - 1, lossless_volume=True)
    header = None
    rows = []
    for i, (candle, plot) in enumerate(runner.run_iter()):
        expected = candles[i]
        seen = (lib._time, lib.open, lib.high, lib.low, lib.close, lib.volume)
        if seen != (expected.timestamp, expected.open, expected.high, expected.low, expected.close, expected.volume):
            raise SystemExit(f"{path.name}: bar {i} was seen as {seen}, not {expected}")
        if header is None:
            header = list(plot)
        elif list(plot) != header:
            raise SystemExit(f"{path.name}: bar {i} plots {list(plot)}, not {header}")
        rows.append([str(expected.timestamp // 1000)] + [text(plot[key]) for key in header])
    if len(rows) != len(candles):
        raise SystemExit(f"{path.name}: {len(rows)} bars plotted of {len(candles)}")
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

    # The import hook compiles @pyne scripts (Series, persistent state); it must come first.
    from pynecore.core import import_hook  # noqa: F401
    from pynecore.core import syminfo as syminfo_module
    from pynecore import lib
    from pynecore.core.script_runner import ScriptRunner
    from pynecore.types.ohlcv import OHLCV

    bars = synthetic_bars()
    path = arguments.out / "stock_bars.csv"
    with open(path, "w", newline="") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(["time", "open", "high", "low", "close", "Volume"])
        writer.writerows([str(t), repr(o), repr(h), repr(l), repr(c), repr(v)] for t, o, h, l, c, v in bars)
    print(f"{path}: {len(bars)} bars", file=sys.stderr)

    regular_hours = [bar for bar in bars if day_time(9, 30) <= datetime.fromtimestamp(bar[0], NEW_YORK).time() < day_time(16, 0)]
    regular = (day_time(9, 30), day_time(16, 0))
    extended = (day_time(4, 0), day_time(20, 0))
    runs = {"regular": (regular_hours, regular), "extended": (bars, extended), "outside": (bars, regular)}
    with tempfile.TemporaryDirectory(prefix="scriptgen-pynecore-") as scratch:
        for name, (run_bars, (start, end)) in runs.items():
            run(run_bars, symbol_info(syminfo_module, start, end), arguments.out / f"stock_session_{name}.csv",
                ScriptRunner, lib, OHLCV, scratch)

if __name__ == "__main__":
    main()
