namespace ScriptGen.Orleans;

/// <summary>A shard named source text by a hash this silo has not compiled, without the text: the client sends it again with it.</summary>
internal sealed class SourcesNeededException(string hash)
    : ScriptEngineException($"This silo has not compiled the source text {hash} and the shard did not carry it.");
