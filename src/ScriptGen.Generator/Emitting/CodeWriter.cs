using System;
using System.Text;

namespace ScriptGen.Generator.Emitting;

/// <summary>Writes indented C# with \n line endings (the same bytes on every machine).</summary>
internal sealed class CodeWriter
{
    private readonly StringBuilder _text = new();
    private int _indent;

    public CodeWriter Line(string line = "")
    {
        if (line.Length > 0)
        {
            _text.Append(' ', _indent * 4).Append(line);
        }

        _text.Append('\n');
        return this;
    }

    /// <summary>Text as is, without indentation (a preprocessor directive, or source copied with its own), line endings made \n.</summary>
    public CodeWriter Verbatim(string text)
    {
        _text.Append(text.Replace("\r\n", "\n").Replace('\r', '\n')).Append('\n');
        return this;
    }

    public CodeWriter Open(string line)
    {
        Line(line);
        Line("{");
        _indent++;
        return this;
    }

    public CodeWriter Close(string suffix = "")
    {
        _indent--;
        Line("}" + suffix);
        return this;
    }

    /// <summary>Opens a block and returns a handle that closes it.</summary>
    public BlockScope Block(string line)
    {
        Open(line);
        return new BlockScope(this);
    }

    public override string ToString() => _text.ToString();

    internal readonly struct BlockScope : IDisposable
    {
        private readonly CodeWriter _writer;

        public BlockScope(CodeWriter writer) => _writer = writer;

        public void Dispose() => _writer.Close();
    }
}
