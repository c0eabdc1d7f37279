namespace ScriptGen.Cli.Loading;

/// <summary>
/// Where compiled scripts are cached between runs: <c>--cache-dir</c>, else <c>SCRIPTGEN_CACHE_DIR</c>, else the
/// user's cache folder (<c>$XDG_CACHE_HOME/scriptgen</c>, <c>~/.cache/scriptgen</c>; on Windows
/// <c>%LOCALAPPDATA%\scriptgen\cache</c>). The folder is created when first written.
/// </summary>
internal static class CacheDirectory
{
    public const string EnvironmentVariable = "SCRIPTGEN_CACHE_DIR";

    public static string Resolve(string? option)
    {
        if (!string.IsNullOrWhiteSpace(option))
        {
            return Path.GetFullPath(option);
        }

        string? fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return Path.GetFullPath(fromEnvironment);
        }

        if (OperatingSystem.IsWindows())
        {
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "scriptgen", "cache");
        }

        string? xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        if (!string.IsNullOrWhiteSpace(xdg) && Path.IsPathRooted(xdg))
        {
            return Path.Combine(xdg, "scriptgen");
        }

        string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return Path.Combine(string.IsNullOrEmpty(home) ? Path.GetTempPath() : home, ".cache", "scriptgen");
    }
}
