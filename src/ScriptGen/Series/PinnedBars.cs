using System.Buffers;

namespace ScriptGen;

/// <summary>
/// Pins a <see cref="Bars"/>' columns for the length of one run so the bar loop can read them
/// through raw pointers, without bounds checks and whatever memory backs them (arrays or a data
/// frame's buffers). Disposing unpins.
/// </summary>
internal sealed unsafe class PinnedBars : IDisposable
{
    private MemoryHandle _time;
    private MemoryHandle _open;
    private MemoryHandle _high;
    private MemoryHandle _low;
    private MemoryHandle _close;
    private MemoryHandle _volume;

    public PinnedBars(Bars bars)
    {
        _time = bars.TimeMemory.Pin();
        _open = bars.OpenMemory.Pin();
        _high = bars.HighMemory.Pin();
        _low = bars.LowMemory.Pin();
        _close = bars.CloseMemory.Pin();
        _volume = bars.HasVolume ? bars.VolumeMemory.Pin() : default;
        Cursor = new BarCursor
        {
            Time = (long*)_time.Pointer,
            Open = (double*)_open.Pointer,
            High = (double*)_high.Pointer,
            Low = (double*)_low.Pointer,
            Close = (double*)_close.Pointer,
            Volume = bars.HasVolume ? (double*)_volume.Pointer : null,
            Count = bars.Count,
            Index = 0,
        };
    }

    public BarCursor Cursor { get; }

    public void Dispose()
    {
        _time.Dispose();
        _open.Dispose();
        _high.Dispose();
        _low.Dispose();
        _close.Dispose();
        _volume.Dispose();
    }
}
