using ScriptGen.Namespaces;

namespace ScriptGen;

public abstract partial class Script
{
    /// <summary>Pine's <c>str</c>: <c>str.ToString(close, "#.##")</c>, <c>str.Format("{0}", x)</c>, <c>str.Contains</c>, ...</summary>
    protected PineStr str => new(this);

    /// <summary>Pine's <c>format</c> constants for <c>str.ToString</c>: <c>format.MinTick</c>, <c>format.Percent</c>, <c>format.Volume</c>, ...</summary>
    protected static PineFormat format => default;
}
