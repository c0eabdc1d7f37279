using System.Globalization;

namespace ScriptGen;

/// <summary>
/// A color with Pine's transparency (0 = opaque, 100 = invisible). Obtain one from a script's
/// <c>color</c> namespace: <c>color.Teal</c>, <c>color.Rgb(255, 0, 0)</c>, <c>color.New(color.Red, 50)</c>.
/// </summary>
/// <param name="R">Red, 0-255.</param>
/// <param name="G">Green, 0-255.</param>
/// <param name="B">Blue, 0-255.</param>
/// <param name="Transparency">Pine's transparency, 0 (opaque) to 100 (invisible).</param>
public readonly record struct Color(byte R, byte G, byte B, byte Transparency = 0)
{
    /// <summary>Parses <c>#RRGGBB</c> (opaque).</summary>
    public static Color FromHex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        if (hex.Length != 7 || hex[0] != '#' ||
            !uint.TryParse(hex.AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out uint rgb))
        {
            throw new FormatException($"'{hex}' is not a color: expected #RRGGBB, for example #089981.");
        }

        return new Color((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);
    }

    /// <summary><c>#RRGGBB</c> for opaque colors, <c>#RRGGBBAA</c> otherwise (alpha from the transparency).</summary>
    public string ToHex()
    {
        string rgb = string.Create(CultureInfo.InvariantCulture, $"#{R:X2}{G:X2}{B:X2}");
        if (Transparency == 0)
        {
            return rgb;
        }

        int alpha = (int)Math.Round(255 * (100 - Transparency) / 100.0);
        return string.Create(CultureInfo.InvariantCulture, $"{rgb}{alpha:X2}");
    }

    /// <inheritdoc/>
    public override string ToString() => ToHex();
}
