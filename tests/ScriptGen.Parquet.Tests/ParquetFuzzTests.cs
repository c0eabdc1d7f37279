namespace ScriptGen.Parquet.Tests;

/// <summary>
/// Truncated and corrupted Parquet files: every one either loads or throws <see cref="BarDataException"/>
/// naming the file; no other exception, no hang (the run is bounded in time), no crash.
/// </summary>
public sealed class ParquetFuzzTests : TempFolderTest
{
    [Fact]
    public async Task Corrupted_Parquet_gives_only_BarDataException()
    {
        string original = PathOf("original.parquet");
        BarParquet.Write(BarCsv.Read(TestFiles.Ohlcv).Slice(0, 300), original);
        byte[] seed = await File.ReadAllBytesAsync(original);
        var random = new Random(20_240_101);
        string path = PathOf("mutant.parquet");
        int loaded = 0, rejected = 0;

        Task run = Task.Run(() =>
        {
            for (int i = 0; i < 400; i++)
            {
                byte[] mutant = Mutate(seed, random);
                File.WriteAllBytes(path, mutant);
                try
                {
                    BarParquet.Read(path);
                    loaded++;
                }
                catch (BarDataException e) when (e.Source == path)
                {
                    rejected++;
                }
                catch (Exception e)
                {
                    File.Copy(path, PathOf($"failing-{i}.parquet"), overwrite: true);
                    throw new Xunit.Sdk.XunitException($"Mutant {i} threw {e.GetType().Name}: {e.Message}");
                }
            }
        });

        Task finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.True(finished == run, "400 corrupted files took more than a minute: a hang");
        await run;
        Assert.True(rejected > 100, $"{loaded} loaded, {rejected} rejected");
    }

    private static byte[] Mutate(byte[] seed, Random random)
    {
        byte[] bytes = (byte[])seed.Clone();
        switch (random.Next(4))
        {
            case 0:
                return bytes[..random.Next(bytes.Length)]; // truncated
            case 1:
                for (int e = random.Next(1, 8); e > 0; e--)
                {
                    bytes[random.Next(bytes.Length)] = (byte)random.Next(256); // random bytes anywhere
                }

                return bytes;
            case 2:
                int footer = Math.Max(0, bytes.Length - 400); // the footer holds the schema and offsets
                bytes[footer + random.Next(bytes.Length - footer)] ^= (byte)(1 << random.Next(8));
                return bytes;
            default:
                int start = random.Next(bytes.Length);
                Array.Clear(bytes, start, Math.Min(random.Next(1, 64), bytes.Length - start)); // a zeroed run
                return bytes;
        }
    }
}
