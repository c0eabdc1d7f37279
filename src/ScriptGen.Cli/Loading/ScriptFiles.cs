using ScriptGen.Scripting;

namespace ScriptGen.Cli.Loading;

/// <summary>Script files named on the command line: files as given, folders as every <c>*.pine.cs</c> below them.</summary>
internal static class ScriptFiles
{
    /// <summary>The files of <paramref name="paths"/>, folders expanded (in ordinal order), each once.</summary>
    /// <exception cref="UsageException">A path does not exist.</exception>
    public static IReadOnlyList<string> Collect(IEnumerable<string> paths)
    {
        var files = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            IEnumerable<string> found;
            if (Directory.Exists(path))
            {
                found = Directory.EnumerateFiles(path, "*.pine.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
            }
            else if (File.Exists(path))
            {
                found = [path];
            }
            else
            {
                throw new UsageException($"Script file or folder '{path}' does not exist.");
            }

            foreach (string file in found)
            {
                if (seen.Add(Path.GetFullPath(file)))
                {
                    files.Add(file);
                }
            }
        }

        return files;
    }

    /// <summary>The text of <paramref name="path"/>, named as given (diagnostics then name the file as the user typed it).</summary>
    /// <exception cref="UsageException">The file does not exist.</exception>
    public static ScriptSource Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new UsageException(Directory.Exists(path)
                ? $"'{path}' is a folder; give the script's .pine.cs file."
                : $"Script file '{path}' does not exist.");
        }

        return new ScriptSource(File.ReadAllText(path), path);
    }

    /// <summary>
    /// The text of the script and of the files it may import (<c>--include</c>), as a sweep on a cluster sends them to the
    /// silos, which compile them as one set.
    /// </summary>
    public static IEnumerable<ScriptGen.Orleans.ScriptSourceText> SourcesOf(string path, IReadOnlyList<string> includes)
    {
        string mainFull = Path.GetFullPath(path);
        foreach (string file in (IEnumerable<string>)[path, .. Collect(includes).Where(file => !string.Equals(Path.GetFullPath(file), mainFull, StringComparison.Ordinal))])
        {
            ScriptSource source = Read(file);
            yield return new ScriptGen.Orleans.ScriptSourceText(source.FileName, source.Text);
        }
    }
}
