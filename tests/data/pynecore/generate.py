#!/usr/bin/env python3
"""
Writes ScriptGen's PyneCore reference values: runs each probe in probes/ with PyneCore over the
first bars of the TradingView EUR/USD hourly file and writes <probe>.csv beside this script (time in
Unix seconds, then one column per Pine expression, "NaN" for na).

PyneCore is not vendored, installed or downloaded by this script: pass a checkout of it
(https://github.com/PyneSys/pynecore), e.g.

    git clone https://github.com/PyneSys/pynecore /tmp/pynecore
    python3 tests/data/pynecore/generate.py --pynecore /tmp/pynecore

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


def run_probe(name, bars, syminfo, out, runner_type, lib, scratch):
    # PyneCore writes a settings file beside the script it runs: run a copy in a scratch folder.
    script = Path(shutil.copy(HERE / "probes" / f"{name}.py", scratch))
    runner = runner_type(script, bars, syminfo, last_bar_index=len(bars) - 1, lossless_volume=True)
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

    bars = load_bars(arguments.bars, arguments.count, OHLCV)
    names = arguments.probes or sorted(p.stem for p in (HERE / "probes").glob("*.py"))
    with tempfile.TemporaryDirectory(prefix="scriptgen-pynecore-") as scratch:
        for name in names:
            run_probe(name, bars, symbol_info(syminfo_module), arguments.out, ScriptRunner, lib, scratch)


if __name__ == "__main__":
    main()
