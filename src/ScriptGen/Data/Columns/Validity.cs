namespace ScriptGen;

/// <summary>
/// A validity bitmap as Arrow and Microsoft.Data.Analysis keep them: bit <c>i</c> (least significant
/// first) set when value <c>i</c> is present. An empty bitmap means every value is present.
/// </summary>
internal readonly ref struct Validity
{
    private readonly ReadOnlySpan<byte> _bits;
    private readonly int _offset;

    public Validity(ReadOnlySpan<byte> bits, int offset = 0)
    {
        _bits = bits;
        _offset = offset;
    }

    /// <summary>Every value present.</summary>
    public static Validity AllValid => default;

    public bool IsAllValid => _bits.IsEmpty;

    public bool IsValid(int index)
    {
        if (_bits.IsEmpty)
        {
            return true;
        }

        int bit = _offset + index;
        return (_bits[bit >> 3] & (1 << (bit & 7))) != 0;
    }
}
