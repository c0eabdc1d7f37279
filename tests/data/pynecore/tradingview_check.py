#!/usr/bin/env python3
"""
How far PyneCore can be trusted for the functions ScriptGen takes from it: runs PyneCore's own test
scripts for them over the TradingView exports PyneCore keeps beside those tests
(tests/t01_lib/t20_ta/data/*.csv in its repository: values TradingView computed), every row, and
counts the values that differ by more than ScriptGen's tolerance,
|a - b| <= 1e-9 * max(|a|, |b|) or 1e-12. Reads only the PyneCore checkout given; writes nothing.

    python3 tests/data/pynecore/tradingview_check.py --pynecore /tmp/pynecore
"""
import argparse
import math
import shutil
import sys
import tempfile
from datetime import time as day_time
from pathlib import Path

# PyneCore test script -> (TradingView export, symbol file or None for PyneCore's test symbol)
CASES = {
    "test_121_dmi.py": ("dmi.csv", None),
    "test_171_kc.py": ("kc.csv", None),
    "test_221_pli+pnr+pr.py": ("ppp.csv", None),
    "test_231_pivot.py": ("pivot.csv", None),
    "test_235_pivot_point_levels.py": ("pivot_point_levels.csv", "pivot_point_levels.toml"),
    "test_261_sar.py": ("sar.csv", None),
    "test_271_supertrend.py": ("supertrend.csv", None),
    "test_301_vwap.py": ("vwap.csv", "vwap.toml"),
    "test_311_tsi.py": ("tsi.csv", None),
    "test_321_valuewhen.py": ("valuewhen.csv", None),
    "test_341_accdist+pvi+pvt+wad+wvad.py": ("accdist+pvi+pvt+wad+wvad.csv", None),
}


def test_symbol(syminfo):
    """PyneCore's test fixture symbol: 5-minute crypto, UTC, a session that is the whole day."""
    days = range(7)
    return syminfo.SymInfo(
        prefix="PYTEST", description="Pytest Symbol", ticker="TEST", currency="USD", period="5", type="crypto",
        mintick=0.00001, pricescale=100000, minmove=1, pointvalue=1, mincontract=0.0001, timezone="UTC",
        volumetype="base", taker_fee=0.1, maker_fee=0.1,
        opening_hours=[syminfo.SymInfoInterval(day=d, start=day_time(0, 0), end=day_time(23, 59, 59)) for d in days],
        session_starts=[syminfo.SymInfoSession(day=d, time=day_time(0, 0)) for d in days],
        session_ends=[syminfo.SymInfoSession(day=d, time=day_time(23, 59, 59)) for d in days])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pynecore", required=True, type=Path, help="a checkout of PyneCore")
    root = parser.parse_args().pynecore.resolve()
    sys.path.insert(0, str(root / "src"))
    sys.dont_write_bytecode = True
    from pynecore.core import import_hook  # noqa: F401  (compiles @pyne scripts; must come first)
    from pynecore.core import syminfo
    from pynecore.core.csv_file import CSVReader
    from pynecore.core.script_runner import ScriptRunner
    from pynecore.types.na import NA

    def is_na(x):
        return isinstance(x, NA) or (isinstance(x, float) and math.isnan(x))

    def matches(a, b):
        if is_na(a) or is_na(b):
            return is_na(a) and is_na(b)
        d = abs(a - b)
        return d <= 1e-12 or d <= 1e-9 * max(abs(a), abs(b))

    folder = root / "tests" / "t01_lib" / "t20_ta"
    scratch = tempfile.TemporaryDirectory(prefix="scriptgen-pynecore-")
    failures = 0
    for script, (export, symbol_file) in CASES.items():
        symbol = syminfo.SymInfo.load_toml(folder / "data" / symbol_file) if symbol_file else test_symbol(syminfo)
        compared, differing, rows = {}, {}, 0
        with CSVReader(folder / "data" / export) as reader:
            # PyneCore writes a settings file beside the script it runs: run a copy in a scratch folder.
            copy = Path(shutil.copy(folder / script, scratch.name))
            for i, (candle, plot) in enumerate(ScriptRunner(copy, reader, symbol).run_iter()):
                rows += 1
                for column, value in plot.items():
                    if column not in candle.extra_fields:
                        continue
                    expected = candle.extra_fields[column]
                    if expected == 1e100:  # TradingView's export of na in pivot_point_levels.csv
                        expected = math.nan
                    compared[column] = compared.get(column, 0) + 1
                    if not matches(value, expected):
                        differing.setdefault(column, (i, value, expected, 0))
                        first = differing[column]
                        differing[column] = (first[0], first[1], first[2], first[3] + 1)
        print(f"{script} on {export}: {rows} rows, columns {sorted(compared)}")
        for column, (bar, value, expected, count) in differing.items():
            print(f"  {column}: {count} values differ, first at row {bar}: PyneCore {value!r}, TradingView {expected!r}")
        failures += len(differing) + (0 if compared else 1)
    scratch.cleanup()
    raise SystemExit(1 if failures else 0)


if __name__ == "__main__":
    main()
