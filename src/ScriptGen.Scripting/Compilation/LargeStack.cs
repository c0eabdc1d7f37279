using System.Runtime.ExceptionServices;

namespace ScriptGen.Scripting.Compilation;

/// <summary>
/// Runs the compiler on a thread of its own with a large stack. Roslyn parses and binds nested syntax
/// recursively, and text from elsewhere can nest as deep as it likes: on a thread-pool thread's 1.5 MB a
/// few thousand nested parentheses overflow the stack, which ends the process and cannot be caught. With
/// 256 MB (reserved address space, committed as used) parsing anything within <see cref="ScriptParserOptions.MaxSourceLength"/>
/// stays well inside it. Roslyn still runs analyzers on thread-pool threads, so text nested deeper than
/// <see cref="ScriptParserOptions.MaxNestingDepth"/> is refused after parsing, before anything binds it (<see cref="NestingLimit"/>).
/// </summary>
internal static class LargeStack
{
    private const int StackBytes = 256 * 1024 * 1024;

    public static T Run<T>(Func<T> work)
    {
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception e)
                {
                    failure = ExceptionDispatchInfo.Capture(e);
                }
            },
            StackBytes)
        {
            Name = "ScriptGen compiler",
            IsBackground = true,
        };
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }
}
