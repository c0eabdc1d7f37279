using System.Diagnostics;
using System.Globalization;

namespace ScriptGen;

/// <summary>
/// A script failed while it ran: its own code threw, a <c>ta</c> call got an invalid argument, a
/// series was read past its history. Carries the script, the bar (index and time) and, when the
/// failure came from the script's own code and symbols are available, the source file and line.
/// </summary>
public sealed class ScriptRuntimeException : ScriptEngineException
{
    /// <summary>Creates the exception.</summary>
    public ScriptRuntimeException(
        string message,
        string? scriptTitle = null,
        int? barIndex = null,
        long? barTime = null,
        string? sourceFile = null,
        int? sourceLine = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        ScriptTitle = scriptTitle;
        BarIndex = barIndex;
        BarTime = barTime;
        SourceFile = sourceFile;
        SourceLine = sourceLine;
    }

    /// <summary>The title of the script that failed.</summary>
    public string? ScriptTitle { get; }

    /// <summary>The 0-based index of the bar being processed, when the failure happened in the bar loop.</summary>
    public int? BarIndex { get; }

    /// <summary>The time (Unix milliseconds, UTC) of that bar.</summary>
    public long? BarTime { get; }

    /// <summary>The script source file of the innermost frame in the script's own code, when known.</summary>
    public string? SourceFile { get; }

    /// <summary>The line in <see cref="SourceFile"/>, when known.</summary>
    public int? SourceLine { get; }

    /// <summary>
    /// Wraps an exception thrown while a script processed a bar, locating the innermost stack frame in the script's own
    /// file, <paramref name="sourceFile"/> (<see cref="ScriptMetadata.SourceFile"/>).
    /// </summary>
    internal static ScriptRuntimeException FromBarFailure(
        string? sourceFile, string scriptTitle, int barIndex, long barTime, Exception failure, string? importerTitle = null)
    {
        var (file, line) = FindScriptFrame(sourceFile, failure);
        string where = file is null ? string.Empty : $" at {Path.GetFileName(file)}:{line}";
        string time = DateTimeOffset.FromUnixTimeMilliseconds(barTime).ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        string message =
            $"Script '{scriptTitle}'{(importerTitle is null ? string.Empty : $" (imported by '{importerTitle}')")} failed on bar {barIndex} ({time}){where}: {failure.Message}";
        return new ScriptRuntimeException(message, scriptTitle, barIndex, barTime, file, line, failure);
    }

    /// <summary>
    /// The innermost frame whose source is the script's file: the generated bar loop maps the body it runs to that file
    /// (<c>#line</c>), so the frames are found by file, not by the method's type (which needs reflection over the stack).
    /// A failure in a helper of another file is reported at the line of the script's file that called into it.
    /// </summary>
    private static (string? File, int? Line) FindScriptFrame(string? sourceFile, Exception failure)
    {
        if (sourceFile is null)
        {
            return (null, null);
        }

        // Only on the failure path: reading the stack with file info is slow but says where the
        // user's code was when it failed, which is what a user needs to fix it.
        foreach (StackFrame frame in new StackTrace(failure, fNeedFileInfo: true).GetFrames())
        {
            if (frame.GetFileName() is { } file && string.Equals(Path.GetFileName(file), sourceFile, StringComparison.Ordinal))
            {
                return (file, frame.GetFileLineNumber());
            }
        }

        return (null, null);
    }
}
