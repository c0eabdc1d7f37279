using System.Text;
using ScriptGen.Tests.Reference;

namespace ScriptGen.Tests.Data;

/// <summary>
/// Truncated and corrupted CSV files: every one either loads or throws <see cref="BarDataException"/>;
/// no other exception, no hang (the whole run is bounded in time), no crash.
/// </summary>
public sealed class CsvFuzzTests
{
    private static readonly byte[] s_alphabet = "0123456789,;\t\"\r\n.-+eEZT: xNaI\u00ff"u8.ToArray();

    [Fact]
    public async Task Corrupted_CSV_gives_only_BarDataException()
    {
        byte[][] seeds =
        [
            Encoding.UTF8.GetBytes(string.Join('\n', File.ReadLines(ReferenceCsv.PathOf("strategy/ohlcv.csv")).Take(120)) + "\n"),
            "time;open;high;low;close;volume\r\n1704067200;1;2;0.5;1.5;10\r\n1704070800;\"1.5\";2;1;1.75;\r\n"u8.ToArray(),
            "1704067200000,1,2,0.5,1.5\n1704070800000,1.5,2,1,1.75\n"u8.ToArray(),
        ];
        var random = new Random(20_240_101);
        int loaded = 0, rejected = 0;

        var run = Task.Run(() =>
        {
            for (int i = 0; i < 3000; i++)
            {
                byte[] mutant = Mutate(seeds[i % seeds.Length], random);
                try
                {
                    BarCsv.Parse(mutant, "fuzz.csv");
                    loaded++;
                }
                catch (BarDataException)
                {
                    rejected++;
                }
                catch (Exception e)
                {
                    throw new Xunit.Sdk.XunitException($"Mutant {i} threw {e.GetType().Name}: {e.Message}\n{Encoding.UTF8.GetString(mutant)}");
                }
            }
        });

        Task finished = await Task.WhenAny(run, Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.True(finished == run, "3000 corrupted files took more than a minute: a hang");
        await run;
        Assert.True(rejected > 1000 && loaded > 10, $"{loaded} loaded, {rejected} rejected: the mutations should produce both");
    }

    internal static byte[] Mutate(byte[] seed, Random random)
    {
        var bytes = new List<byte>(seed);
        int edits = random.Next(1, 4);
        for (int e = 0; e < edits && bytes.Count > 0; e++)
        {
            int at = random.Next(bytes.Count);
            switch (random.Next(5))
            {
                case 0: bytes.RemoveRange(at, bytes.Count - at); break; // truncate
                case 1: bytes[at] = s_alphabet[random.Next(s_alphabet.Length)]; break; // replace
                case 2: bytes.Insert(at, s_alphabet[random.Next(s_alphabet.Length)]); break; // insert
                case 3: bytes.RemoveRange(at, Math.Min(random.Next(1, 20), bytes.Count - at)); break; // delete a run
                default: bytes[at] = (byte)random.Next(256); break; // any byte
            }
        }

        return bytes.ToArray();
    }
}
