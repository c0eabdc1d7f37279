namespace ScriptGen;

/// <summary>Bar times (Unix milliseconds UTC) as the UTC <see cref="DateTime"/>s exports hold.</summary>
internal static class ResultTimes
{
    public static DateTime ToUtcDateTime(long unixMilliseconds) =>
        DateTime.SpecifyKind(DateTime.UnixEpoch.AddMilliseconds(unixMilliseconds), DateTimeKind.Utc);
}
