namespace ScriptGen.Cli;

/// <summary>The command line asks for something that cannot be done as written (exit code 2); the message says what and what would do.</summary>
internal sealed class UsageException(string message) : Exception(message);
