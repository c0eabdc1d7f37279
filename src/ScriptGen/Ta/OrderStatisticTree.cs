using ScriptGen.CompilerServices;

namespace ScriptGen.Ta;

/// <summary>
/// A multiset of (non-na) values in O(log n) per operation: insert, remove, the k-th smallest, the
/// count and sum of the values at or below a bound, and the mode (the most frequent value, the
/// smallest of equally frequent ones). Backs <see cref="MedianState"/>, <see cref="ModeState"/> and
/// the mean deviation of <see cref="CciState"/>.
/// </summary>
/// <remarks>
/// A treap (a binary search tree kept balanced in expectation by random heap priorities) with one
/// node per distinct value and its multiplicity, and per subtree: the number of values, their sum
/// and the subtree's mode. Nodes live in arrays sized on the first insert to the window's length
/// (a window never holds more distinct values than its length), so nothing is allocated afterwards.
/// Subtree sums are recomputed from the children on every change, never accumulated, so they cannot
/// drift. The priorities come from a fixed-seed xorshift generator: runs are reproducible.
/// </remarks>
internal struct OrderStatisticTree : IRestorableState<OrderStatisticTree>
{
    private const int None = -1;

    private double[]? _key;
    private int[]? _multiplicity;
    private int[]? _left;
    private int[]? _right;
    private uint[]? _priority;
    private int[]? _size;
    private double[]? _sum;
    private int[]? _modeIndex;
    private int[]? _free;
    private int _freeCount;
    private int _root;
    private uint _random;

    /// <summary>How many values the tree holds (multiplicities included).</summary>
    public readonly int Count => _key is null || _root == None ? 0 : _size![_root];

    /// <summary>The sum of the values held.</summary>
    public readonly double Total => _key is null || _root == None ? 0 : _sum![_root];

    /// <summary>Sizes the node arrays for at most <paramref name="capacity"/> distinct values (once).</summary>
    public void EnsureCapacity(int capacity)
    {
        if (_key is not null)
        {
            return;
        }

        _key = new double[capacity];
        _multiplicity = new int[capacity];
        _left = new int[capacity];
        _right = new int[capacity];
        _priority = new uint[capacity];
        _size = new int[capacity];
        _sum = new double[capacity];
        _modeIndex = new int[capacity];
        _free = new int[capacity];
        for (int i = 0; i < capacity; i++)
        {
            _free[i] = capacity - 1 - i;
        }

        _freeCount = capacity;
        _root = None;
        _random = 0x9E3779B9u;
    }

    /// <summary>Adds one occurrence of <paramref name="value"/>.</summary>
    public void Insert(double value) => _root = Insert(_root, value);

    /// <summary>Removes one occurrence of <paramref name="value"/>, which must be held.</summary>
    public void Remove(double value) => _root = Remove(_root, value);

    /// <summary>The <paramref name="rank"/>-th smallest value held (0-based; multiplicities count).</summary>
    public readonly double Select(int rank)
    {
        int node = _root;
        while (true)
        {
            int left = _left![node];
            int below = left == None ? 0 : _size![left];
            if (rank < below)
            {
                node = left;
                continue;
            }

            rank -= below;
            if (rank < _multiplicity![node])
            {
                return _key![node];
            }

            rank -= _multiplicity[node];
            node = _right![node];
        }
    }

    /// <summary>How many values are at or below <paramref name="bound"/>, and their sum.</summary>
    public readonly (int Count, double Sum) AtOrBelow(double bound)
    {
        int count = 0;
        double sum = 0;
        int node = _root;
        while (node != None)
        {
            if (_key![node] <= bound)
            {
                int left = _left![node];
                if (left != None)
                {
                    count += _size![left];
                    sum += _sum![left];
                }

                count += _multiplicity![node];
                sum += _key[node] * _multiplicity[node];
                node = _right![node];
            }
            else
            {
                node = _left![node];
            }
        }

        return (count, sum);
    }

    /// <summary>The most frequent value held; of equally frequent values, the smallest. Requires <see cref="Count"/> &gt; 0.</summary>
    public readonly double Mode => _key![_modeIndex![_root]];

    /// <inheritdoc/>
    public readonly void CopyTo(ref OrderStatisticTree target)
    {
        StateCopy.CopyArray(_key, ref target._key);
        StateCopy.CopyArray(_multiplicity, ref target._multiplicity);
        StateCopy.CopyArray(_left, ref target._left);
        StateCopy.CopyArray(_right, ref target._right);
        StateCopy.CopyArray(_priority, ref target._priority);
        StateCopy.CopyArray(_size, ref target._size);
        StateCopy.CopyArray(_sum, ref target._sum);
        StateCopy.CopyArray(_modeIndex, ref target._modeIndex);
        StateCopy.CopyArray(_free, ref target._free);
        target._freeCount = _freeCount;
        target._root = _root;
        target._random = _random;
    }

    private int Insert(int node, double value)
    {
        if (node == None)
        {
            return NewNode(value);
        }

        double key = _key![node];
        if (value == key)
        {
            _multiplicity![node]++;
        }
        else if (value < key)
        {
            int child = Insert(_left![node], value);
            _left[node] = child;
            if (_priority![child] > _priority[node])
            {
                node = RotateRight(node);
            }
        }
        else
        {
            int child = Insert(_right![node], value);
            _right[node] = child;
            if (_priority![child] > _priority[node])
            {
                node = RotateLeft(node);
            }
        }

        Update(node);
        return node;
    }

    private int Remove(int node, double value)
    {
        if (node == None)
        {
            throw new InvalidOperationException($"The value {value} is not in the window (internal error).");
        }

        double key = _key![node];
        if (value == key)
        {
            if (--_multiplicity![node] > 0)
            {
                Update(node);
                return node;
            }

            int merged = Merge(_left![node], _right![node]);
            _free![_freeCount++] = node;
            return merged;
        }

        if (value < key)
        {
            _left![node] = Remove(_left[node], value);
        }
        else
        {
            _right![node] = Remove(_right[node], value);
        }

        Update(node);
        return node;
    }

    /// <summary>Joins two treaps whose keys are all smaller in <paramref name="low"/> than in <paramref name="high"/>.</summary>
    private int Merge(int low, int high)
    {
        if (low == None)
        {
            return high;
        }

        if (high == None)
        {
            return low;
        }

        if (_priority![low] > _priority[high])
        {
            _right![low] = Merge(_right[low], high);
            Update(low);
            return low;
        }

        _left![high] = Merge(low, _left[high]);
        Update(high);
        return high;
    }

    private int RotateRight(int node)
    {
        int pivot = _left![node];
        _left[node] = _right![pivot];
        _right[pivot] = node;
        Update(node);
        return pivot;
    }

    private int RotateLeft(int node)
    {
        int pivot = _right![node];
        _right[node] = _left![pivot];
        _left[pivot] = node;
        Update(node);
        return pivot;
    }

    private int NewNode(double value)
    {
        if (_freeCount == 0)
        {
            throw new InvalidOperationException("The window holds more distinct values than its length (internal error).");
        }

        int node = _free![--_freeCount];
        _key![node] = value;
        _multiplicity![node] = 1;
        _left![node] = None;
        _right![node] = None;
        _priority![node] = NextPriority();
        Update(node);
        return node;
    }

    /// <summary>Recomputes a node's subtree aggregates from its children.</summary>
    private readonly void Update(int node)
    {
        int left = _left![node];
        int right = _right![node];
        int multiplicity = _multiplicity![node];
        int size = multiplicity;
        double sum = _key![node] * multiplicity;
        // Ties in frequency go to the smaller value: the left subtree, then this node, then the right.
        int mode = node;
        int modeCount = multiplicity;
        if (left != None)
        {
            size += _size![left];
            sum = _sum![left] + sum;
            int leftMode = _modeIndex![left];
            if (_multiplicity[leftMode] >= modeCount)
            {
                mode = leftMode;
                modeCount = _multiplicity[leftMode];
            }
        }

        if (right != None)
        {
            size += _size![right];
            sum += _sum![right];
            int rightMode = _modeIndex![right];
            if (_multiplicity[rightMode] > modeCount)
            {
                mode = rightMode;
            }
        }

        _size![node] = size;
        _sum![node] = sum;
        _modeIndex![node] = mode;
    }

    private uint NextPriority()
    {
        uint x = _random;
        x ^= x << 13;
        x ^= x >> 17;
        x ^= x << 5;
        _random = x;
        return x;
    }
}
