#!/usr/bin/env python3
"""
Writes ScriptGen's PyneCore reference values for time(), time_close(), timeframe.change and ta.vwap on
a forex and a crypto symbol, running session_probes/time_functions.py with PyneCore's ScriptRunner:

- time_forex.csv: EUR/USD hourly bars from ../tradingview/strategy/ohlcv.csv (TradingView's data),
  2024-02-25 17:00 to 2024-03-22 16:00 and 2024-10-20 17:00 to 2024-11-15 16:00 New York: both 2024
  DST changes, month ends and eight weekends, on a symbol trading 1700-1700:23456 New York (Sunday
  17:00 to Friday 17:00, each trading day opening at 17:00 the evening before);
- time_crypto.csv: deterministic synthetic hourly bars every hour from 2024-02-26 00:00 to
  2024-03-17 23:00 UTC (three weeks, weekends included, a month end), written to crypto_bars.csv, on a
  symbol trading 24x7 in UTC.

PyneCore is not vendored, installed or downloaded by this script: pass a checkout of it, e.g.

    git clone https://github.com/PyneSys/pynecore /tmp/pynecore
    python3 tests/data/pynecore/generate_time_functions.py --pynecore /tmp/pynecore

CI does not run this script: the tests read the committed CSV files.
"""
import argparse
import csv
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.dont_write_bytecode = True  # Leave nothing behind here or in the PyneCore checkout.
sys.path.insert(0, str(HERE))
from generate_stock_sessions import run  # noqa: E402  (the same run-and-check loop as the stock's)

PROBE = "time_functions"
FOREX_BARS = HERE.parent / "tradingview" / "strategy" / "ohlcv.csv"
FOREX_RANGES = [("2024-02-25T17:00:00-05:00", "2024-03-22T16:00:00-04:00"),
                ("2024-10-20T17:00:00-04:00", "2024-11-15T16:00:00-05:00")]
CRYPTO_FIRST = datetime(2024, 2, 26, tzinfo=timezone.utc)
CRYPTO_HOURS = 21 * 24


def parse_arguments():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pynecore", required=True, type=Path, help="a checkout of PyneCore (the folder holding src/pynecore)")
    parser.add_argument("--out", type=Path, default=HERE, help="where the CSV files go (default: beside this script)")
    return parser.parse_args()


def forex_bars():
    """(time, open, high, low, close, volume) rows of TradingView's EUR/USD bars in FOREX_RANGES."""
    ranges = [(datetime.fromisoformat(first), datetime.fromisoformat(last)) for first, last in FOREX_RANGES]
    rows = []
    with open(FOREX_BARS, newline="") as file:
        for row in csv.DictReader(file):
            opened = datetime.fromisoformat(row["time"])
            if any(first <= opened <= last for first, last in ranges):
                rows.append((int(opened.timestamp()), float(row["open"]), float(row["high"]), float(row["low"]),
                             float(row["close"]), float(row["Volume"])))
    return rows


def crypto_bars():
    """Hourly rows in whole cents and coins from a fixed linear congruential sequence: the same on every machine."""
    state = 20240226
    close_cents = 5150000
    rows = []
    for hour in range(CRYPTO_HOURS):
        state = (state * 1103515245 + 12345) % 2**31
        open_cents = close_cents
        close_cents = open_cents + (state >> 4) % 40001 - 20000
        high_cents = max(open_cents, close_cents) + (state >> 10) % 9001
        low_cents = min(open_cents, close_cents) - (state >> 15) % 9001
        volume = 200 + (state >> 7) % 1800
        opened = int((CRYPTO_FIRST + timedelta(hours=hour)).timestamp())
        rows.append((opened, open_cents / 100, high_cents / 100, low_cents / 100, close_cents / 100, float(volume)))
    return rows


def forex_symbol(syminfo_module):
    """EUR/USD on TradingView's forex session, 1700-1700:23456 New York: Sunday 17:00 to Friday 17:00."""
    hours = [syminfo_module.SymInfoInterval(day=6, start=_clock(17), end=_clock(0))]
    for day in range(5):  # Monday (0) ... Friday (4)
        hours.append(syminfo_module.SymInfoInterval(day=day, start=_clock(0), end=_clock(17)))
        if day < 4:
            hours.append(syminfo_module.SymInfoInterval(day=day, start=_clock(17), end=_clock(0)))
    return syminfo_module.SymInfo(
        prefix="FX", description="Euro / U.S. Dollar", ticker="EURUSD", currency="USD", basecurrency="EUR",
        period="60", type="forex", mintick=0.00001, pricescale=100000, minmove=1, pointvalue=1, mincontract=1,
        timezone="America/New_York", volumetype="base", opening_hours=hours,
        session_starts=[syminfo_module.SymInfoSession(day=d, time=_clock(17)) for d in (6, 0, 1, 2, 3)],
        session_ends=[syminfo_module.SymInfoSession(day=d, time=_clock(17)) for d in range(5)])


def crypto_symbol(syminfo_module):
    """BTC/USDT on a 24x7 session in UTC: every day a trading day from midnight to midnight."""
    days = range(7)
    return syminfo_module.SymInfo(
        prefix="BINANCE", description="Bitcoin / TetherUS", ticker="BTCUSDT", currency="USDT", basecurrency="BTC",
        period="60", type="crypto", mintick=0.01, pricescale=100, minmove=1, pointvalue=1, mincontract=0.00001,
        timezone="Etc/UTC", volumetype="base",
        opening_hours=[syminfo_module.SymInfoInterval(day=d, start=_clock(0), end=_clock(0)) for d in days],
        session_starts=[syminfo_module.SymInfoSession(day=d, time=_clock(0)) for d in days],
        session_ends=[syminfo_module.SymInfoSession(day=d, time=_clock(0)) for d in days])


def _clock(hour):
    from datetime import time as day_time
    return day_time(hour, 0)


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

    crypto = crypto_bars()
    path = arguments.out / "crypto_bars.csv"
    with open(path, "w", newline="") as file:
        writer = csv.writer(file, lineterminator="\n")
        writer.writerow(["time", "open", "high", "low", "close", "Volume"])
        writer.writerows([str(t), repr(o), repr(h), repr(l), repr(c), repr(v)] for t, o, h, l, c, v in crypto)
    print(f"{path}: {len(crypto)} bars", file=sys.stderr)

    with tempfile.TemporaryDirectory(prefix="scriptgen-pynecore-") as scratch:
        run(forex_bars(), forex_symbol(syminfo_module), arguments.out / "time_forex.csv",
            ScriptRunner, lib, OHLCV, scratch, PROBE)
        run(crypto, crypto_symbol(syminfo_module), arguments.out / "time_crypto.csv",
            ScriptRunner, lib, OHLCV, scratch, PROBE)


if __name__ == "__main__":
    main()
