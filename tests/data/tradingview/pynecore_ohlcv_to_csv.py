"""Converts a PyneCore legacy .ohlcv file (records of uint32 Unix seconds and five float32: open, high,
low, close, volume) to the CSV layout of this folder: ISO-8601 UTC time, open, high, low, close, Volume.

Prices are stored as float32, which cannot hold most decimals: each is written as the nearest multiple of
the symbol's tick (PyneCore reads them back the same way). Below 131,072 a float32 is within 0.004 of the
price it was made from, so with a tick of 0.01 the nearest tick is that price. With the tick "float32" each
price is written as the shortest decimal that reads back as the same float32 instead (for series such as
counts of issues, which are whole numbers). Volumes are written as the shortest decimal that reads back as
the same float32. Records with volume -1 are skipped: PyneCore's writer pads calendar gaps with them, and
they are not bars.

    python3 pynecore_ohlcv_to_csv.py bar_magnifier_60m.ohlcv 0.01 > strategy/bar_magnifier_60m.csv
    python3 pynecore_ohlcv_to_csv.py USI_ADVN_NY.ohlcv float32 > security/USI_ADVN_NY.csv
"""
import datetime
import struct
import sys
from decimal import Decimal


def shortest_float32(value: float) -> str:
    for digits in range(1, 10):
        text = f"{value:.{digits}g}"
        if struct.unpack("<f", struct.pack("<f", float(text)))[0] == value:
            return text
    return repr(value)


def main(path: str, tick: str) -> None:
    data = open(path, "rb").read()
    exact = tick == "float32"
    step = None if exact else Decimal(tick)
    if not exact and max(struct.unpack_from("<Ifffff", data, i)[2] for i in range(0, len(data), 24)) >= 131072 and step < Decimal("0.02"):
        raise SystemExit("prices at or above 131072 are not recoverable to this tick from float32")
    print("time,open,high,low,close,Volume")
    for offset in range(0, len(data), 24):
        seconds, *prices, volume = struct.unpack_from("<Ifffff", data, offset)
        if volume == -1:
            continue
        time = datetime.datetime.fromtimestamp(seconds, datetime.timezone.utc).isoformat()
        if exact:
            ticks = [shortest_float32(p) for p in prices]
        else:
            ticks = [str((Decimal(p) / step).to_integral_value() * step) for p in prices]
        print(",".join([time, *ticks, shortest_float32(volume)]))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
