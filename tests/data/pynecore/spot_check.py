#!/usr/bin/env python3
"""
Sanity check of the PyneCore values before trusting them: recomputes a sample of the columns from
their textbook definitions, written here independently of PyneCore and of ScriptGen (plain Python,
whole-window loops, no streaming), and reports every bar that differs by more than
|a - b| <= 1e-9 * max(|a|, |b|) or 1e-12. Run after generate.py:

    python3 tests/data/pynecore/spot_check.py
"""
import csv
import math
from datetime import datetime, timedelta, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
BARS = HERE.parents[1] / "data" / "tradingview" / "strategy" / "ohlcv.csv"
NA = float("nan")


def load_bars(count):
    rows = []
    with open(BARS, newline="") as file:
        for row in csv.DictReader(file):
            if len(rows) == count:
                break
            stamp = datetime.fromisoformat(row["time"])
            rows.append({"time": int(stamp.timestamp() * 1000), "local_date": stamp.date(), "open": float(row["open"]),
                         "high": float(row["high"]), "low": float(row["low"]), "close": float(row["close"]),
                         "volume": float(row["Volume"])})
    return rows


def load_reference(name):
    with open(HERE / f"{name}.csv", newline="") as file:
        reader = csv.reader(file)
        header = next(reader)
        columns = {h: [] for h in header}
        for row in reader:
            for h, v in zip(header, row):
                columns[h].append(float(v))
    return columns


def na(x):
    return x != x


def matches(a, b):
    if na(a) or na(b):
        return na(a) and na(b)
    d = abs(a - b)
    return d <= 1e-12 or d <= 1e-9 * max(abs(a), abs(b))


def window(series, i, n):
    """series[i - n + 1 .. i], or None before bar n - 1."""
    return None if i < n - 1 else series[i - n + 1:i + 1]


def definitions(bars):
    n = len(bars)
    o = [b["open"] for b in bars]
    h = [b["high"] for b in bars]
    lo = [b["low"] for b in bars]
    c = [b["close"] for b in bars]
    v = [b["volume"] for b in bars]
    hl2 = [(h[i] + lo[i]) / 2 for i in range(n)]
    hlc3 = [(h[i] + lo[i] + c[i]) / 3 for i in range(n)]
    d = {}

    d["changes", "ta.change(close, 5)"] = [c[i] - c[i - 5] if i >= 5 else NA for i in range(n)]
    d["changes", "ta.roc(close, 9)"] = [100 * (c[i] - c[i - 9]) / c[i - 9] if i >= 9 else NA for i in range(n)]
    d["changes", "ta.cum(volume)"] = [sum(v[:i + 1]) for i in range(n)]

    def barssince(cond):
        out, last = [], None
        for i in range(n):
            if cond(i):
                last = i
            out.append(NA if last is None else i - last)
        return out
    d["changes", "ta.barssince(high - low > 0.00305)"] = barssince(lambda i: h[i] - lo[i] > 0.00305)

    def valuewhen(cond, src, occurrence):
        out = []
        for i in range(n):
            hits = [src[j] for j in range(i + 1) if cond(j)]
            out.append(hits[-1 - occurrence] if len(hits) > occurrence else NA)
        return out
    d["changes", "ta.valuewhen(close > open, close, 2)"] = valuewhen(lambda j: c[j] > o[j], c, 2)

    def dev(src, length):
        out = []
        for i in range(n):
            w = window(src, i, length)
            if w is None:
                out.append(NA)
                continue
            mean = sum(w) / length
            out.append(sum(abs(x - mean) for x in w) / length)
        return out
    d["dispersion", "ta.dev(close, 10)"] = dev(c, 10)
    d["dispersion", "ta.dev(hlc3, 20)"] = dev(hlc3, 20)

    def variance(src, length, biased):
        out = []
        for i in range(n):
            w = window(src, i, length)
            if w is None:
                out.append(NA)
                continue
            mean = sum(w) / length
            out.append(sum((x - mean) ** 2 for x in w) / (length if biased else length - 1))
        return out
    d["dispersion", "ta.variance(close, 20)"] = variance(c, 20, True)
    d["dispersion", "ta.variance(close, 20, false)"] = variance(c, 20, False)

    def percentrank(src, length):
        out = []
        for i in range(n):
            w = window(src, i, length + 1)
            out.append(NA if w is None else (sum(1 for x in w if x <= src[i]) - 1) * 100 / length)
        return out
    d["percentiles", "ta.percentrank(close, 20)"] = percentrank(c, 20)

    def nearest_rank(src, length, p):
        out = []
        for i in range(n):
            w = window(src, i, length)
            if w is None:
                out.append(NA)
                continue
            ordered = sorted(w)
            rank = max(1, math.ceil(p * length / 100))
            out.append(ordered[0] if p == 0 else ordered[rank - 1])
        return out
    d["percentiles", "ta.percentile_nearest_rank(close, 20, 30)"] = nearest_rank(c, 20, 30)

    def linear(src, length, p):
        out = []
        for i in range(n):
            w = window(src, i, length)
            if w is None:
                out.append(NA)
                continue
            ordered = sorted(w)
            position = length * p / 100 + 0.5  # 1-based rank, clamped to the window
            if position <= 1:
                out.append(ordered[0])
            elif position >= length:
                out.append(ordered[-1])
            else:
                k = math.floor(position)
                f = position - k
                out.append(ordered[k - 1] * (1 - f) + ordered[k] * f)
        return out
    d["percentiles", "ta.percentile_linear_interpolation(close, 20, 30)"] = linear(c, 20, 30)

    def pivot(src, left, right, high_side):
        out = []
        for i in range(n):
            if i < left + right:
                out.append(NA)
                continue
            center = src[i - right]
            older = src[i - right - left:i - right]
            newer = src[i - right + 1:i + 1]
            if high_side:
                ok = all(x <= center for x in older) and all(x < center for x in newer)
            else:
                ok = all(x >= center for x in older) and all(x > center for x in newer)
            out.append(center if ok else NA)
        return out
    d["pivots", "ta.pivothigh(10, 5)"] = pivot(h, 10, 5, True)
    d["pivots", "ta.pivotlow(close, 3, 3)"] = pivot(c, 3, 3, False)

    def ema(src, length):
        out, value, seen = [], NA, []
        alpha = 2 / (length + 1)
        for x in src:
            if na(x):
                out.append(NA)
                continue
            if na(value):
                seen.append(x)
                if len(seen) == length:
                    value = sum(seen) / length
                out.append(value)
            else:
                value = value + alpha * (x - value)
                out.append(value)
        return out
    true_range = [NA] + [max(h[i] - lo[i], abs(h[i] - c[i - 1]), abs(lo[i] - c[i - 1])) for i in range(1, n)]
    basis, band = ema(c, 20), ema(true_range, 20)
    d["channels", "ta.kc(close, 20, 2).upper"] = [basis[i] + 2 * band[i] for i in range(n)]

    accdist, total = [], 0.0
    for i in range(n):
        if h[i] != lo[i]:
            total += ((c[i] - lo[i]) - (h[i] - c[i])) / (h[i] - lo[i]) * v[i]
        accdist.append(total)
    d["volume_flow", "ta.accdist"] = accdist
    d["volume_flow", "ta.wvad"] = [(c[i] - o[i]) / (h[i] - lo[i]) * v[i] if h[i] != lo[i] else NA for i in range(n)]
    pvt, total = [NA], 0.0
    for i in range(1, n):
        total += (c[i] - c[i - 1]) / c[i - 1] * v[i]
        pvt.append(total)
    d["volume_flow", "ta.pvt"] = pvt

    # VWAP reset on the first bar and whenever the New York calendar date changes.
    vwap, start = [], 0
    for i in range(n):
        if i > 0 and bars[i]["local_date"] != bars[i - 1]["local_date"]:
            start = i
        vwap.append(sum(hlc3[j] * v[j] for j in range(start, i + 1)) / sum(v[start:i + 1]))
    d["volume_flow", 'ta.vwap(hlc3, timeframe.change("D") or bar_index == 0)'] = vwap

    d["math_functions", "math.sum(close, 10)"] = [sum(w) if (w := window(c, i, 10)) else NA for i in range(n)]
    d["math_functions", "math.round(close * 1000)"] = [float(math.floor(x * 1000 + 0.5)) for x in c]
    d["math_functions", "math.round_to_mintick(hlc3)"] = [math.floor(x * 100000 + 0.5) / 100000 for x in hlc3]
    d["math_functions", "math.avg(open, high, low, close)"] = [(o[i] + h[i] + lo[i] + c[i]) / 4 for i in range(n)]
    return d


def main():
    reference = {}
    bars = load_bars(2000)
    failures = 0
    for (name, column), expected in definitions(bars).items():
        values = reference.setdefault(name, load_reference(name))[column]
        wrong = [i for i, (a, b) in enumerate(zip(expected, values)) if not matches(a, b)]
        defined = sum(1 for x in values if not na(x))
        status = "ok" if not wrong else f"{len(wrong)} bars differ, first {wrong[0]}: definition {expected[wrong[0]]!r}, PyneCore {values[wrong[0]]!r}"
        print(f"{name}.csv {column}: {defined} defined bars, {status}")
        failures += bool(wrong)
    raise SystemExit(1 if failures else 0)


if __name__ == "__main__":
    main()
