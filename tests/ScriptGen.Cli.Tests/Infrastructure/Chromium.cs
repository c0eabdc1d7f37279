namespace ScriptGen.Cli.Tests.Infrastructure;

/// <summary>
/// Headless Chromium (Debian's <c>chromium</c> package; <c>.ci/run</c> installs it), started with the flags a
/// machine without network needs, each run with a profile folder of its own.
/// </summary>
internal static class Chromium
{
    private static readonly string[] s_candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    /// <summary>The browser's path, or <c>null</c> when none is installed.</summary>
    public static string? Path { get; } =
        Environment.GetEnvironmentVariable("SCRIPTGEN_CHROMIUM") is { Length: > 0 } configured && File.Exists(configured)
            ? configured
            : s_candidates.FirstOrDefault(File.Exists);

    /// <summary>Why the browser tests are skipped, for the test report.</summary>
    public const string Missing = "no headless Chromium here (looked for /usr/bin/chromium, chromium-browser, google-chrome, $SCRIPTGEN_CHROMIUM); " +
                                  "install Debian's chromium package (apt-get install -y chromium), as .ci/run does, to run this test";

    /// <summary>Opens <paramref name="page"/> and returns the document as it stands once its scripts have run.</summary>
    public static string DumpDom(string page) => Run(page, "--virtual-time-budget=30000", "--dump-dom").Output;

    /// <summary>Opens <paramref name="page"/> in a window of the given size and saves a PNG of it.</summary>
    public static void Screenshot(string page, string png, int width, int height) =>
        Run(page, $"--window-size={width},{height}", "--hide-scrollbars", "--virtual-time-budget=30000", $"--screenshot={png}");

    private static ProcessResult Run(string page, params string[] arguments)
    {
        using var profile = new TempFolder("chromium-profile");
        ProcessResult run = ProcessRunner.Run(
            Path ?? throw new InvalidOperationException(Missing),
            profile.Path,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", $"--user-data-dir={profile.Path}",
                .. arguments, new Uri(page).AbsoluteUri,
            ],
            timeout: TimeSpan.FromMinutes(3));
        Assert.True(run.ExitCode == 0, $"Chromium failed on {page}: {run}");
        return run;
    }
}
